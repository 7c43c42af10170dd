<?php

declare(strict_types=1);

namespace Verity\Assistant\Test\Unit\Model\Notifier;

use Magento\Catalog\Model\ResourceModel\Product as ProductResource;
use Magento\ConfigurableProduct\Model\ResourceModel\Product\Type\Configurable as ConfigurableResource;
use PHPUnit\Framework\TestCase;
use Verity\Assistant\Model\Notifier\AffectedSkus;

/**
 * Against a small catalog: configurable VT-TEE (id 10) with options VT-TEE-S (11) and VT-TEE-M (12),
 * simple VT-MUG (20), and a product whose SKU looks like a number, 10042 (30), an option of VT-TEE too.
 */
final class AffectedSkusTest extends TestCase
{
    private const SKU_BY_ID = [10 => 'VT-TEE', 11 => 'VT-TEE-S', 12 => 'VT-TEE-M', 20 => 'VT-MUG', 30 => '10042'];
    private const PARENTS_BY_CHILD = [11 => [10], 12 => [10], 30 => [10]];

    /** @var list<array{string, list<mixed>}> */
    private array $queries = [];

    public function testAnOptionOfAConfigurableProductBringsItsParent(): void
    {
        self::assertSame(['VT-TEE-S', 'VT-TEE'], $this->affected()->ofProductIds([11]));
    }

    public function testAParentSharedByManyOptionsIsLookedUpOnce(): void
    {
        self::assertSame(['VT-TEE-S', 'VT-TEE-M', 'VT-TEE'], $this->affected()->ofProductIds([11, '12', 11]));
    }

    public function testAProductThatIsNoOptionBringsOnlyItself(): void
    {
        self::assertSame(['VT-MUG'], $this->affected()->ofProductIds([20]));
        self::assertSame([], $this->affected()->configurableParentSkus([20]));
    }

    public function testNoIdMeansNoQuery(): void
    {
        self::assertSame([], $this->affected()->ofProductIds([0, -3, null]));
        self::assertSame([], $this->queries);
    }

    public function testSkusMagentoDoesNotKnowAreLeftOut(): void
    {
        self::assertSame(['VT-TEE-M', 'VT-TEE'], $this->affected()->ofSkus(['VT-GONE', 'VT-TEE-M']));
    }

    public function testANumericSkuStaysAString(): void
    {
        self::assertSame(['10042', 'VT-TEE'], $this->affected()->ofSkus(['10042']));
    }

    public function testLargeLookupsAreSplitIntoQueriesOf1000(): void
    {
        $skus = array_map(static fn (int $i): string => "SKU-$i", range(1, 2500));

        $this->affected()->ofSkus([...$skus, ...$skus]);

        $sizes = array_map(
            static fn (array $q): int => count($q[1]),
            array_values(array_filter($this->queries, static fn (array $q): bool => $q[0] === 'idsBySkus'))
        );
        self::assertSame([1000, 1000, 500], $sizes);
    }

    private function affected(): AffectedSkus
    {
        $products = $this->createMock(ProductResource::class);
        $products->method('getProductsSku')->willReturnCallback(function (array $ids): array {
            $this->queries[] = ['skusByIds', $ids];
            $rows = [];
            foreach ($ids as $id) {
                if (isset(self::SKU_BY_ID[$id])) {
                    $rows[] = ['entity_id' => (string) $id, 'sku' => self::SKU_BY_ID[$id]];
                }
            }
            return $rows;
        });
        $products->method('getProductsIdsBySkus')->willReturnCallback(function (array $skus): array {
            $this->queries[] = ['idsBySkus', $skus];
            $ids = [];
            foreach ($skus as $sku) {
                $id = array_search($sku, self::SKU_BY_ID, true);
                if ($id !== false) {
                    $ids[$sku] = (string) $id;
                }
            }
            return $ids;
        });
        $configurable = $this->createMock(ConfigurableResource::class);
        $configurable->method('getParentIdsByChild')->willReturnCallback(function (array $ids): array {
            $this->queries[] = ['parents', $ids];
            $parents = [];
            foreach ($ids as $id) {
                foreach (self::PARENTS_BY_CHILD[$id] ?? [] as $parent) {
                    $parents[] = (string) $parent;
                }
            }
            return $parents;
        });
        return new AffectedSkus($products, $configurable);
    }
}
