<?php

declare(strict_types=1);

namespace Magento\InventoryApi\Api\Data;

/** Stub of the MSI source item (the part the module uses). */
interface SourceItemInterface
{
    /**
     * @return string|null
     */
    public function getSku(): ?string;
}
