<?php

declare(strict_types=1);

namespace Verity\Assistant\Observer;

use Magento\Catalog\Model\ResourceModel\Product as ProductResource;
use Magento\CatalogInventory\Api\Data\StockItemInterface;
use Magento\Framework\Event\Observer;
use Magento\Framework\Event\ObserverInterface;
use Psr\Log\LoggerInterface;
use Verity\Assistant\Api\ChangeNotifierInterface;

/**
 * cataloginventory_stock_item_save_commit_after: a stock item changed (qty, in/out of stock). Stock
 * items are also saved when a customer places an order, so this only queues the SKU for the cron
 * (within 5 minutes) and never makes checkout wait on the sidecar. Prices and stock in answers are
 * read live anyway; the index needs the change only for search filters. Never throws.
 */
class StockItemSaveObserver implements ObserverInterface
{
    public function __construct(
        private readonly ChangeNotifierInterface $notifier,
        private readonly ProductResource $productResource,
        private readonly LoggerInterface $logger
    ) {
    }

    public function execute(Observer $observer): void
    {
        try {
            $item = $observer->getEvent()->getData('item');
            if (!$item instanceof StockItemInterface) {
                return;
            }
            $productId = (int) $item->getProductId();
            if ($productId <= 0) {
                return;
            }
            $skus = array_map(
                static fn (array $row): string => (string) $row['sku'],
                $this->productResource->getProductsSku([$productId])
            );
            $this->notifier->schedule($skus, ChangeNotifierInterface::EVENT_STOCK_CHANGE);
        } catch (\Throwable $e) {
            $this->logger->error('Verity: stock change notification failed.', ['exception' => $e]);
        }
    }
}
