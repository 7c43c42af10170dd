<?php

declare(strict_types=1);

namespace Verity\Assistant\Model\Notifier;

use Magento\InventoryApi\Api\Data\SourceItemInterface;
use Psr\Log\LoggerInterface;
use Verity\Assistant\Api\ChangeNotifierInterface;

/**
 * Queues a stock change for MSI source items that were saved or deleted: their SKUs and the configurable
 * products they are options of. Source items are saved by admin product saves, REST, imports and legacy
 * stock item saves (which MSI copies to the default source), so this only queues for the cron and never
 * makes any of them wait on the sidecar. Never throws.
 */
class SourceItemChanges
{
    public function __construct(
        private readonly ChangeNotifierInterface $notifier,
        private readonly AffectedSkus $affectedSkus,
        private readonly LoggerInterface $logger
    ) {
    }

    /**
     * @param array<mixed> $sourceItems
     */
    public function schedule(array $sourceItems): void
    {
        try {
            $skus = [];
            foreach ($sourceItems as $sourceItem) {
                if ($sourceItem instanceof SourceItemInterface) {
                    $skus[] = (string) $sourceItem->getSku();
                }
            }
            if ($skus === []) {
                return;
            }
            $this->notifier->schedule($this->affectedSkus->ofSkus($skus), ChangeNotifierInterface::EVENT_STOCK_CHANGE);
        } catch (\Throwable $e) {
            $this->logger->error('Verity: source item stock change notification failed.', ['exception' => $e]);
        }
    }
}
