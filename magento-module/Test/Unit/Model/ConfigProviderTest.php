<?php

declare(strict_types=1);

namespace Verity\Assistant\Test\Unit\Model;

use Magento\Framework\App\Config\ScopeConfigInterface;
use Magento\Store\Api\Data\StoreInterface;
use Magento\Store\Api\Data\WebsiteInterface;
use Magento\Store\Model\StoreManagerInterface;
use PHPUnit\Framework\TestCase;
use Verity\Assistant\Model\ConfigProvider;
use Verity\Assistant\Model\Policy\PolicyRuleParser;
use Verity\Assistant\Model\StoreConfig\ConfigRowReader;
use Verity\Assistant\Model\StoreConfig\StoreConfigBuilder;
use Verity\Assistant\Model\Validation\ValueParser;

final class ConfigProviderTest extends TestCase
{
    public function testAnswersForTheStoreViewOfTheRequestWithItsWebsiteAndBaseCurrency(): void
    {
        $store = $this->createMock(StoreInterface::class);
        $store->method('getId')->willReturn(3);
        $store->method('getCode')->willReturn('eu_en');
        $store->method('getWebsiteId')->willReturn(2);
        $website = $this->createMock(WebsiteInterface::class);
        $website->method('getId')->willReturn(2);
        $website->method('getCode')->willReturn('eu');
        $storeManager = $this->createMock(StoreManagerInterface::class);
        $storeManager->method('getStore')->willReturn($store);
        $storeManager->method('getWebsite')->with(2)->willReturn($website);
        $scopeConfig = $this->createMock(ScopeConfigInterface::class);
        $scopeConfig->method('getValue')->willReturnMap([['currency/options/base', 'websites', 'eu', 'EUR']]);
        $reader = $this->createMock(ConfigRowReader::class);
        $reader->expects(self::once())->method('read')->with(3, 'eu_en', 2, 'eu')->willReturn($this->rows());
        $values = new ValueParser();

        $config = (new ConfigProvider($storeManager, $scopeConfig, $reader, new StoreConfigBuilder($values, new PolicyRuleParser($values))))
            ->getConfig();

        self::assertSame(['eu_en', 'eu', 'EUR'], [$config->getStoreCode(), $config->getWebsiteCode(), $config->getBaseCurrencyCode()]);
        self::assertSame(60, $config->getRefundBounds()->getPeriodDays());
    }

    /**
     * @return list<array{path: string, scope: string, scope_code: string, value: string}>
     */
    private function rows(): array
    {
        $values = [
            'verity/general/enabled' => '1',
            'verity/general/rollout_percentage' => '100',
            'verity/general/escalation_contact' => '',
            'verity/privacy/retention_days' => '0',
            'verity/handoff/business_hours' => '',
            'verity/widget/position' => 'right',
            'verity/widget/primary_color' => '#000000',
            'verity/widget/greeting' => '',
            'verity/refund_bounds/auto_approve_max_amount' => '0',
            'verity/refund_bounds/evidence_required_threshold' => '0',
            'verity/refund_bounds/excluded_category_ids' => '',
            'verity/refund_bounds/max_auto_actions_per_customer' => '0',
            'verity/refund_bounds/period_days' => '30',
        ];
        $rows = [];
        foreach ($values as $path => $value) {
            $rows[] = ['path' => $path, 'scope' => 'default', 'scope_code' => 'default', 'value' => $value];
        }
        $rows[] = ['path' => 'verity/refund_bounds/period_days', 'scope' => 'websites', 'scope_code' => 'eu', 'value' => '60'];
        return $rows;
    }
}
