<?php

declare(strict_types=1);

namespace Verity\Assistant\Test\Unit\ViewModel;

use Magento\Catalog\Helper\Data as CatalogHelper;
use Magento\Catalog\Model\Category;
use Magento\Catalog\Model\Product;
use Magento\Framework\App\Request\Http;
use PHPUnit\Framework\TestCase;
use Verity\Assistant\ViewModel\PageContext;

final class PageContextTest extends TestCase
{
    public function testAProductPageNamesTheProductAndItsCategory(): void
    {
        $product = new Product(['sku' => 'CP-JKT-RAIN-M', 'name' => 'Cascade "Storm" Rain Jacket']);
        $category = new Category(['entity_id' => 23, 'name' => 'Jackets']);

        $context = new PageContext(new Http('catalog_product_view'), new CatalogHelper($product, $category));

        self::assertSame(
            ['type' => 'product', 'sku' => 'CP-JKT-RAIN-M', 'productName' => 'Cascade "Storm" Rain Jacket', 'categoryId' => 23, 'categoryName' => 'Jackets'],
            $context->getContext()
        );
        self::assertSame(
            '{"type":"product","sku":"CP-JKT-RAIN-M","productName":"Cascade \"Storm\" Rain Jacket","categoryId":23,"categoryName":"Jackets"}',
            $context->getJson()
        );
    }

    public function testOtherPagesSayOnlyWhatKindOfPageTheyAre(): void
    {
        $category = new Category(['entity_id' => 23, 'name' => 'Jackets']);
        $helper = new CatalogHelper(null, $category);

        self::assertSame(['type' => 'category', 'categoryId' => 23, 'categoryName' => 'Jackets'], (new PageContext(new Http('catalog_category_view'), $helper))->getContext());
        self::assertSame(['type' => 'search', 'query' => 'rain jacket'], (new PageContext(new Http('catalogsearch_result_index', ['q' => ' rain jacket ']), $helper))->getContext());
        self::assertSame(['type' => 'home'], (new PageContext(new Http('cms_index_index'), $helper))->getContext());
        self::assertSame(['type' => 'account'], (new PageContext(new Http('sales_order_history'), $helper))->getContext());
        self::assertSame(['type' => 'other'], (new PageContext(new Http('contact_index_index'), $helper))->getContext());
    }

    public function testAProductPageWithoutAProductInTheRegistryIsStillAProductPage(): void
    {
        self::assertSame(['type' => 'product'], (new PageContext(new Http('catalog_product_view'), new CatalogHelper()))->getContext());
    }
}
