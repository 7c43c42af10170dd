<?php

declare(strict_types=1);

namespace Verity\Assistant\Plugin\InventoryApi;

use Magento\InventoryApi\Api\SourceItemsSaveInterface;
use Verity\Assistant\Model\Notifier\SourceItemChanges;

/**
 * After MSI saves source items (quantities, source stock status), queue their SKUs as a stock change.
 * Declared in etc/di.xml; inert where the MSI modules are not installed.
 */
class QueueStockChangeOnSourceItemsSave
{
    public function __construct(private readonly SourceItemChanges $changes)
    {
    }

    /**
     * @param SourceItemsSaveInterface $subject
     * @param mixed $result
     * @param \Magento\InventoryApi\Api\Data\SourceItemInterface[] $sourceItems
     * @return void
     * @SuppressWarnings(PHPMD.UnusedFormalParameter)
     */
    public function afterExecute(SourceItemsSaveInterface $subject, $result, array $sourceItems): void
    {
        $this->changes->schedule($sourceItems);
    }
}
