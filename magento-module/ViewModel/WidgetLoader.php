<?php

declare(strict_types=1);

namespace Verity\Assistant\ViewModel;

use Magento\Framework\UrlInterface;
use Magento\Framework\View\Asset\Repository as AssetRepository;
use Magento\Framework\View\Element\Block\ArgumentInterface;
use Magento\Store\Model\StoreManagerInterface;
use Verity\Assistant\Model\Config;

/**
 * What the loader template renders: store-level settings only (the page is cached for every visitor);
 * the customer's identity arrives separately through the "verity" customer-data section.
 */
class WidgetLoader implements ArgumentInterface
{
    private const JSON_FLAGS = JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_THROW_ON_ERROR;

    public function __construct(
        private readonly Config $config,
        private readonly StoreManagerInterface $storeManager,
        private readonly UrlInterface $urlBuilder,
        private readonly AssetRepository $assetRepository
    ) {
    }

    public function isConfigured(): bool
    {
        return $this->config->getSidecarUrl() !== '';
    }

    public function getConfigJson(): string
    {
        $store = $this->storeManager->getStore();
        $storeId = $store->getId();
        return json_encode([
            'sidecarUrl' => $this->config->getSidecarUrl(),
            'storeCode' => (string) $store->getCode(),
            'locale' => $this->config->getStoreLocale($storeId),
            'rolloutPercentage' => $this->config->getRolloutPercentage($storeId),
            'sectionLoadUrl' => $this->urlBuilder->getUrl('customer/section/load'),
            'widget' => [
                'position' => $this->config->getWidgetPosition($storeId),
                'primaryColor' => $this->config->getWidgetPrimaryColor($storeId),
                'greeting' => $this->config->getWidgetGreeting($storeId),
            ],
        ], self::JSON_FLAGS);
    }

    public function getLoaderScriptUrl(): string
    {
        return $this->assetRepository->getUrl('Verity_Assistant::js/verity-loader.js');
    }
}
