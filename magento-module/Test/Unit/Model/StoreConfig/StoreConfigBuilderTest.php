<?php

declare(strict_types=1);

namespace Verity\Assistant\Test\Unit\Model\StoreConfig;

use PHPUnit\Framework\TestCase;
use Verity\Assistant\Api\Data\StoreConfigInterface;
use Verity\Assistant\Model\Policy\PolicyRuleParser;
use Verity\Assistant\Model\StoreConfig\InvalidConfigValueException;
use Verity\Assistant\Model\StoreConfig\StoreConfigBuilder;
use Verity\Assistant\Model\StoreConfig\StoreContext;
use Verity\Assistant\Model\Validation\ValueParser;
use Verity\Assistant\Test\Unit\WebapiOutput;

final class StoreConfigBuilderTest extends TestCase
{
    /** The shared fixture lives in the Verity repository, next to the module (absent in a composer install). */
    private const FIXTURE_DIR = __DIR__ . '/../../../../../test/fixtures/verity-config';

    private StoreConfigBuilder $builder;

    protected function setUp(): void
    {
        $values = new ValueParser();
        $this->builder = new StoreConfigBuilder($values, new PolicyRuleParser($values));
    }

    /**
     * @return iterable<string, array{string}>
     */
    public static function fixtureStores(): iterable
    {
        yield 'default (base, USD)' => ['default'];
        yield 'eu_en (eu, EUR)' => ['eu_en'];
    }

    /**
     * @dataProvider fixtureStores
     */
    public function testFixtureRowsSerialiseToExactlyTheExpectedJson(string $storeCode): void
    {
        if (!is_dir(self::FIXTURE_DIR)) {
            self::markTestSkipped('test/fixtures/verity-config is not next to the module');
        }
        $rows = $this->readJson('core-config-rows.json');
        $store = array_values(array_filter(
            $this->readJson('stores.json'),
            static fn (array $s): bool => $s['store_code'] === $storeCode
        ))[0];

        $config = $this->builder->build(
            $rows,
            new StoreContext($store['store_code'], $store['website_code'], $store['base_currency_code'])
        );

        $expected = json_encode($this->readJson("expected-{$storeCode}.json"), JSON_THROW_ON_ERROR);
        $actual = json_encode(WebapiOutput::toArray($config, StoreConfigInterface::class), JSON_THROW_ON_ERROR);
        self::assertSame($expected, $actual);
    }

    public function testStoreViewBeatsWebsiteBeatsDefaultAndOtherScopesNeverLeak(): void
    {
        $rows = array_merge($this->minimalDefaults(), [
            $this->row('verity/general/rollout_percentage', 'websites', 'base', '50'),
            $this->row('verity/general/rollout_percentage', 'stores', 'default', '10'),
            $this->row('verity/general/rollout_percentage', 'stores', 'other', '99'),
            $this->row('verity/refund_bounds/period_days', 'websites', 'base', '14'),
            $this->row('verity/refund_bounds/period_days', 'websites', 'eu', '90'),
        ]);

        $config = $this->builder->build($rows, new StoreContext('default', 'base', 'USD'));

        self::assertSame(10, $config->getRolloutPercentage());
        self::assertSame(14, $config->getRefundBounds()->getPeriodDays());
        self::assertSame([], $config->getPolicyRules());
    }

    public function testRuleRowsAreOrderedByKeyAsStringsEvenWhenKeysLookNumeric(): void
    {
        $rule = ['return_window_days' => '30', 'return_shipping_fee' => '0', 'restocking_fee_percent' => '0',
            'final_sale' => '0', 'exchange_allowed' => '1', 'warranty_months' => '12', 'price_match' => '0'];
        $rows = array_merge($this->minimalDefaults(), [
            $this->row('verity/policy/rules', 'default', 'default', (string) json_encode(
                ['9' => $rule, '10' => $rule, '_a' => $rule, '__empty' => '']
            )),
        ]);

        $config = $this->builder->build($rows, new StoreContext('default', 'base', 'USD'));

        $ids = array_map(static fn ($r) => $r->getRuleId(), $config->getPolicyRules());
        self::assertSame(['default:default:10', 'default:default:9', 'default:default:_a'], $ids);
    }

    public function testAnInvalidStoredRuleRefusesToAnswerAndNamesTheRule(): void
    {
        $rows = array_merge($this->minimalDefaults(), [
            $this->row('verity/policy/rules', 'websites', 'base', '{"r1":{"return_window_days":"thirty"}}'),
        ]);

        $this->expectException(InvalidConfigValueException::class);
        $this->expectExceptionMessage('websites:base:r1');
        $this->builder->build($rows, new StoreContext('default', 'base', 'USD'));
    }

    public function testAnInvalidScalarNamesThePath(): void
    {
        $rows = array_merge($this->minimalDefaults(), [
            $this->row('verity/refund_bounds/auto_approve_max_amount', 'websites', 'base', '-5'),
        ]);

        $this->expectException(InvalidConfigValueException::class);
        $this->expectExceptionMessage('verity/refund_bounds/auto_approve_max_amount');
        $this->builder->build($rows, new StoreContext('default', 'base', 'USD'));
    }

    public function testAMissingDefaultIsAnErrorNotAGuess(): void
    {
        $rows = array_values(array_filter(
            $this->minimalDefaults(),
            static fn (array $r): bool => $r['path'] !== 'verity/refund_bounds/auto_approve_max_amount'
        ));

        $this->expectException(InvalidConfigValueException::class);
        $this->expectExceptionMessage('verity/refund_bounds/auto_approve_max_amount');
        $this->builder->build($rows, new StoreContext('default', 'base', 'USD'));
    }

    /**
     * @return list<array{path: string, scope: string, scope_code: string, value: string}>
     */
    private function minimalDefaults(): array
    {
        $defaults = [
            'verity/general/enabled' => '1',
            'verity/general/rollout_percentage' => '100',
            'verity/general/escalation_contact' => '',
            'verity/privacy/retention_days' => '0',
            'verity/handoff/business_hours' => '',
            'verity/widget/position' => 'right',
            'verity/widget/primary_color' => '#000000',
            'verity/widget/greeting' => 'Hi',
            'verity/refund_bounds/auto_approve_max_amount' => '0',
            'verity/refund_bounds/evidence_required_threshold' => '0',
            'verity/refund_bounds/excluded_category_ids' => '',
            'verity/refund_bounds/max_auto_actions_per_customer' => '0',
            'verity/refund_bounds/period_days' => '30',
        ];
        $rows = [];
        foreach ($defaults as $path => $value) {
            $rows[] = $this->row($path, 'default', 'default', $value);
        }
        return $rows;
    }

    /**
     * @return array{path: string, scope: string, scope_code: string, value: string}
     */
    private function row(string $path, string $scope, string $scopeCode, string $value): array
    {
        return ['path' => $path, 'scope' => $scope, 'scope_code' => $scopeCode, 'value' => $value];
    }

    /**
     * @return list<array<string, mixed>>|array<string, mixed>
     */
    private function readJson(string $name): array
    {
        return json_decode((string) file_get_contents(self::FIXTURE_DIR . '/' . $name), true, 512, JSON_THROW_ON_ERROR);
    }
}
