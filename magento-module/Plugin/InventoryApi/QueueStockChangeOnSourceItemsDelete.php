<?php

declare(strict_types=1);

namespace Verity\Assistant\Plugin\InventoryApi;

use Magento\InventoryApi\Api\SourceItemsDeleteInterface;
use Verity\Assistant\Model\Notifier\SourceItemChanges;

/**
 * After MSI deletes source items (a source unassigned from a product, which can leave it out of stock),
 * queue their SKUs as a stock change. Declared in etc/di.xml; inert where the MSI modules are not installed.
 */
class QueueStockChangeOnSourceItemsDelete
{
    public function __construct(private readonly SourceItemChanges $changes)
    {
    }

    /**
     * @param SourceItemsDeleteInterface $subject
     * @param mixed $result
     * @param \Magento\InventoryApi\Api\Data\SourceItemInterface[] $sourceItems
     * @return void
     * @SuppressWarnings(PHPMD.UnusedFormalParameter)
     */
    public function afterExecute(SourceItemsDeleteInterface $subject, $result, array $sourceItems): void
    {
        $this->changes->schedule($sourceItems);
    }
}
