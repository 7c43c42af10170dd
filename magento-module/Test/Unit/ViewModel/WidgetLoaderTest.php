<?php

declare(strict_types=1);

namespace Verity\Assistant\Test\Unit\ViewModel;

use Magento\Framework\App\Config\ScopeConfigInterface;
use Magento\Framework\UrlInterface;
use Magento\Framework\View\Asset\Repository;
use Magento\Store\Api\Data\StoreInterface;
use Magento\Store\Model\StoreManagerInterface;
use PHPUnit\Framework\TestCase;
use Verity\Assistant\Model\Config;
use Verity\Assistant\ViewModel\WidgetLoader;

final class WidgetLoaderTest extends TestCase
{
    public function testRendersOnlyStoreLevelSettingsSafeForFullPageCache(): void
    {
        $scopeConfig = $this->createMock(ScopeConfigInterface::class);
        $scopeConfig->method('getValue')->willReturnMap([
            [Config::PATH_SIDECAR_URL, 'default', null, 'https://verity.example.com/'],
            [Config::PATH_SHARED_SECRET, 'default', null, 'must-never-reach-the-page'],
            [Config::PATH_ROLLOUT_PERCENTAGE, 'store', 3, '25'],
            [Config::PATH_STORE_LOCALE, 'store', 3, 'fr_FR'],
            [Config::PATH_WIDGET_POSITION, 'store', 3, 'left'],
            [Config::PATH_WIDGET_PRIMARY_COLOR, 'store', 3, '#0a7d5a'],
            [Config::PATH_WIDGET_GREETING, 'store', 3, 'Hello <b>there</b>'],
        ]);
        $store = $this->createMock(StoreInterface::class);
        $store->method('getId')->willReturn(3);
        $store->method('getCode')->willReturn('eu_en');
        $storeManager = $this->createMock(StoreManagerInterface::class);
        $storeManager->method('getStore')->willReturn($store);
        $url = $this->createMock(UrlInterface::class);
        $url->method('getUrl')->with('customer/section/load')->willReturn('https://shop.example.com/eu/customer/section/load/');

        $viewModel = new WidgetLoader(new Config($scopeConfig), $storeManager, $url, new Repository());

        self::assertTrue($viewModel->isConfigured());
        self::assertSame([
            'sidecarUrl' => 'https://verity.example.com',
            'storeCode' => 'eu_en',
            'locale' => 'fr-FR',
            'rolloutPercentage' => 25,
            'sectionLoadUrl' => 'https://shop.example.com/eu/customer/section/load/',
            'widget' => ['position' => 'left', 'primaryColor' => '#0a7d5a', 'greeting' => 'Hello <b>there</b>'],
        ], json_decode($viewModel->getConfigJson(), true));
        self::assertStringNotContainsString('must-never-reach-the-page', $viewModel->getConfigJson());
        self::assertSame('/static/Verity_Assistant/js/verity-loader.js', $viewModel->getLoaderScriptUrl());
    }
}
