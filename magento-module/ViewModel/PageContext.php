<?php

declare(strict_types=1);

namespace Verity\Assistant\ViewModel;

use Magento\Catalog\Helper\Data as CatalogHelper;
use Magento\Framework\App\Request\Http as HttpRequest;
use Magento\Framework\View\Element\Block\ArgumentInterface;

/**
 * What page the shopper is on, for the widget to send with each message ("what's the return window for
 * this jacket?" on a product page means that jacket): the page type from the layout's full action name,
 * the product (SKU, name) of a product page and the current category. The same for every visitor of the
 * URL, never customer data, so it is safe in the full-page cache; the sidecar treats it as context only.
 * Contract: `pageContextSchema` in common/chat-api/chat-api.ts of the Verity repository.
 */
class PageContext implements ArgumentInterface
{
    private const JSON_FLAGS = JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_THROW_ON_ERROR;

    /** Full action name (route_controller_action) → page type. */
    private const PAGE_TYPES = [
        'cms_index_index' => 'home',
        'catalog_product_view' => 'product',
        'catalog_category_view' => 'category',
        'catalogsearch_result_index' => 'search',
        'catalogsearch_advanced_result' => 'search',
        'checkout_cart_index' => 'cart',
        'checkout_index_index' => 'checkout',
        'cms_page_view' => 'cms',
    ];

    /** Longest text sent: the chat API accepts 255 characters. */
    private const MAX_TEXT = 255;

    public function __construct(
        private readonly HttpRequest $request,
        private readonly CatalogHelper $catalogHelper
    ) {
    }

    /**
     * @return array{type: string, sku?: string, productName?: string, categoryId?: int, categoryName?: string, query?: string}
     */
    public function getContext(): array
    {
        $action = (string) $this->request->getFullActionName();
        $type = self::PAGE_TYPES[$action]
            ?? (str_starts_with($action, 'customer_account_') || str_starts_with($action, 'sales_order_') ? 'account' : 'other');
        $context = ['type' => $type];
        if ($type === 'product') {
            $product = $this->catalogHelper->getProduct();
            if ($product !== null && (string) $product->getSku() !== '') {
                $context['sku'] = mb_substr((string) $product->getSku(), 0, 64);
                $context['productName'] = mb_substr((string) $product->getName(), 0, self::MAX_TEXT);
            }
        }
        if ($type === 'product' || $type === 'category') {
            $category = $this->catalogHelper->getCategory();
            if ($category !== null && (int) $category->getId() > 0) {
                $context['categoryId'] = (int) $category->getId();
                $context['categoryName'] = mb_substr((string) $category->getName(), 0, self::MAX_TEXT);
            }
        }
        if ($type === 'search') {
            $query = trim((string) $this->request->getParam('q', ''));
            if ($query !== '') {
                $context['query'] = mb_substr($query, 0, self::MAX_TEXT);
            }
        }
        return array_filter($context, static fn (mixed $v): bool => $v !== '');
    }

    public function getJson(): string
    {
        return json_encode($this->getContext(), self::JSON_FLAGS);
    }
}
