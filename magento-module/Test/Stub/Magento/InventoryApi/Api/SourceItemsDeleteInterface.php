<?php

declare(strict_types=1);

namespace Magento\InventoryApi\Api;

/** Stub of the MSI service contract. */
interface SourceItemsDeleteInterface
{
    /**
     * @param \Magento\InventoryApi\Api\Data\SourceItemInterface[] $sourceItems
     * @return void
     */
    public function execute(array $sourceItems): void;
}
