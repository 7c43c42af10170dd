<?php

declare(strict_types=1);

namespace Verity\Assistant\Observer;

use Magento\CatalogInventory\Api\Data\StockItemInterface;
use Magento\Framework\Event\Observer;
use Magento\Framework\Event\ObserverInterface;
use Psr\Log\LoggerInterface;
use Verity\Assistant\Api\ChangeNotifierInterface;
use Verity\Assistant\Model\Notifier\AffectedSkus;

/**
 * cataloginventory_stock_item_save_commit_after: a legacy stock item changed (qty, in/out of stock), which
 * changes the in-stock flag of the product's document and of the configurable products it is an option
 * of. Stock items are also saved when a customer places an order, so this only queues the SKUs for the
 * cron (within 5 minutes) and never makes checkout wait on the sidecar. Prices and stock in answers are
 * read live anyway; the index needs the change only for search filters. Never throws.
 */
class StockItemSaveObserver implements ObserverInterface
{
    public function __construct(
        private readonly ChangeNotifierInterface $notifier,
        private readonly AffectedSkus $affectedSkus,
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
            $skus = $this->affectedSkus->ofProductIds([(int) $item->getProductId()]);
            $this->notifier->schedule($skus, ChangeNotifierInterface::EVENT_STOCK_CHANGE);
        } catch (\Throwable $e) {
            $this->logger->error('Verity: stock change notification failed.', ['exception' => $e]);
        }
    }
}
