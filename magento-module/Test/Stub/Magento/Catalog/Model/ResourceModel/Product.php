<?php

declare(strict_types=1);

namespace Magento\Catalog\Model\ResourceModel;

/** Stub of the product resource model (the part the module uses). */
class Product
{
    /**
     * @param array<int> $productIds
     * @return array<array{entity_id: string, sku: string}>
     */
    public function getProductsSku(array $productIds)
    {
        return [];
    }

    /**
     * @param array<string> $productSkuList
     * @return array<string, string> entity id by SKU, for the SKUs that exist
     */
    public function getProductsIdsBySkus(array $productSkuList)
    {
        return [];
    }
}
