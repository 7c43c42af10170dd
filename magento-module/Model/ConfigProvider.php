<?php

declare(strict_types=1);

namespace Verity\Assistant\Model;

use Magento\Framework\App\Config\ScopeConfigInterface;
use Magento\Store\Model\ScopeInterface;
use Magento\Store\Model\StoreManagerInterface;
use Verity\Assistant\Api\ConfigProviderInterface;
use Verity\Assistant\Api\Data\StoreConfigInterface;
use Verity\Assistant\Model\StoreConfig\ConfigRowReader;
use Verity\Assistant\Model\StoreConfig\StoreConfigBuilder;
use Verity\Assistant\Model\StoreConfig\StoreContext;

/**
 * GET /rest/{store_code}/V1/verity/config: Magento's webapi has already made {store_code} the current
 * store; this reads its rows and lets the builder do the rest.
 */
class ConfigProvider implements ConfigProviderInterface
{
    private const PATH_BASE_CURRENCY = 'currency/options/base';

    public function __construct(
        private readonly StoreManagerInterface $storeManager,
        private readonly ScopeConfigInterface $scopeConfig,
        private readonly ConfigRowReader $rowReader,
        private readonly StoreConfigBuilder $builder
    ) {
    }

    public function getConfig(): StoreConfigInterface
    {
        $store = $this->storeManager->getStore();
        $website = $this->storeManager->getWebsite($store->getWebsiteId());
        $context = new StoreContext(
            (string) $store->getCode(),
            (string) $website->getCode(),
            (string) $this->scopeConfig->getValue(self::PATH_BASE_CURRENCY, ScopeInterface::SCOPE_WEBSITES, $website->getCode())
        );
        $rows = $this->rowReader->read(
            (int) $store->getId(),
            $context->storeCode,
            (int) $website->getId(),
            $context->websiteCode
        );
        return $this->builder->build($rows, $context);
    }
}
