<?php

declare(strict_types=1);

namespace Verity\Assistant\Model\StoreConfig;

/**
 * The store view a configuration is resolved for: which website it belongs to and that website's base
 * currency (Magento's store tables, not config rows).
 */
class StoreContext
{
    public function __construct(
        public readonly string $storeCode,
        public readonly string $websiteCode,
        public readonly string $baseCurrencyCode
    ) {
    }
}
