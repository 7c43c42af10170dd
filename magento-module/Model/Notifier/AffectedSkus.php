<?php

declare(strict_types=1);

namespace Verity\Assistant\Model\Notifier;

use Magento\Catalog\Model\ResourceModel\Product as ProductResource;
use Magento\ConfigurableProduct\Model\ResourceModel\Product\Type\Configurable as ConfigurableResource;

/**
 * Which SKUs the sidecar must reindex when products change: the products themselves and the configurable
 * products they are options of. The indexer builds a configurable product's document from its children
 * (their colours and sizes, the lowest in-stock price, in stock when one child is) and skips the
 * children, which are not visible on their own, so a child's SKU alone refreshes nothing.
 *
 * Bundle and grouped products are left alone: the indexer builds their documents from their own data
 * only, and when Magento recomputes such a parent's stock status after a child changes, it saves the
 * parent's stock item, which StockItemSaveObserver reports.
 *
 * Reads the database and may throw; callers run inside saves and catch.
 */
class AffectedSkus
{
    /** Ids or SKUs per query, so a large import stays far below the database's packet limit. */
    private const QUERY_CHUNK = 1000;

    public function __construct(
        private readonly ProductResource $products,
        private readonly ConfigurableResource $configurable
    ) {
    }

    /**
     * SKUs of these products and of their configurable parents; ids that do not exist are left out.
     *
     * @param array<int|string> $productIds
     * @return list<string>
     */
    public function ofProductIds(array $productIds): array
    {
        $ids = $this->positiveIds($productIds);
        return [...$this->skusOf($ids), ...$this->configurableParentSkus($ids)];
    }

    /**
     * The SKUs Magento has among these, and the SKUs of their configurable parents. Unknown SKUs are left
     * out, because the sidecar fails an upsert job that names a SKU Magento does not know.
     *
     * @param array<string> $skus
     * @return list<string>
     */
    public function ofSkus(array $skus): array
    {
        $known = [];
        $ids = [];
        foreach (array_chunk(array_values(array_unique($skus)), self::QUERY_CHUNK) as $chunk) {
            foreach ($this->products->getProductsIdsBySkus($chunk) as $sku => $id) {
                // PHP turns numeric array keys into integers, and "10042" is a valid SKU.
                $known[] = (string) $sku;
                $ids[] = (int) $id;
            }
        }
        return [...$known, ...$this->configurableParentSkus($ids)];
    }

    /**
     * SKUs of the configurable products these products are options of.
     *
     * @param array<int|string> $productIds
     * @return list<string>
     */
    public function configurableParentSkus(array $productIds): array
    {
        $parentIds = [];
        foreach (array_chunk($this->positiveIds($productIds), self::QUERY_CHUNK) as $chunk) {
            array_push($parentIds, ...$this->configurable->getParentIdsByChild($chunk));
        }
        return $this->skusOf($this->positiveIds($parentIds));
    }

    /**
     * @param list<int> $ids
     * @return list<string>
     */
    private function skusOf(array $ids): array
    {
        $skus = [];
        foreach (array_chunk($ids, self::QUERY_CHUNK) as $chunk) {
            foreach ($this->products->getProductsSku($chunk) as $row) {
                $skus[] = (string) $row['sku'];
            }
        }
        return $skus;
    }

    /**
     * @param array<mixed> $ids
     * @return list<int>
     */
    private function positiveIds(array $ids): array
    {
        return array_values(array_unique(array_filter(
            array_map('intval', $ids),
            static fn (int $id): bool => $id > 0
        )));
    }
}
