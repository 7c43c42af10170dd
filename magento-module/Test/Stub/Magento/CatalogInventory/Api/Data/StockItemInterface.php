<?php

declare(strict_types=1);

namespace Magento\CatalogInventory\Api\Data;

/** Stub of the framework interface (the part the module uses). */
interface StockItemInterface
{
    /**
     * @return int|null
     */
    public function getProductId();
}
