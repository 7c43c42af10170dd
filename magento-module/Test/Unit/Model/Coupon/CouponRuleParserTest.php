<?php

declare(strict_types=1);

namespace Verity\Assistant\Test\Unit\Model\Coupon;

use Magento\Framework\Exception\LocalizedException;
use PHPUnit\Framework\TestCase;
use Verity\Assistant\Api\Data\StoreConfigInterface;
use Verity\Assistant\Model\Config\Backend\CouponRules;
use Verity\Assistant\Model\Coupon\CouponRuleParser;
use Verity\Assistant\Model\Policy\PolicyRuleParser;
use Verity\Assistant\Model\StoreConfig\InvalidConfigValueException;
use Verity\Assistant\Model\StoreConfig\StoreConfigBuilder;
use Verity\Assistant\Model\StoreConfig\StoreContext;
use Verity\Assistant\Model\Validation\ValueParser;
use Verity\Assistant\Test\Unit\WebapiOutput;

final class CouponRuleParserTest extends TestCase
{
    private CouponRuleParser $parser;

    protected function setUp(): void
    {
        $this->parser = new CouponRuleParser(new ValueParser());
    }

    public function testARowAsTheAdminFormPostsIt(): void
    {
        $result = $this->parser->parse(['coupon_code' => ' SORRY10 ', 'reasons' => 'late, not_received,late', 'max_per_customer' => '']);

        self::assertSame([], $result['violations']);
        self::assertSame(
            ['coupon_code' => 'SORRY10', 'reasons' => ['late', 'not_received'], 'max_per_customer' => 1],
            $result['values']
        );
    }

    public function testEveryWrongCellIsExplainedAtOnce(): void
    {
        $result = $this->parser->parse(['coupon_code' => 'SORRY 10', 'reasons' => 'late, because', 'max_per_customer' => '-1']);

        self::assertNull($result['values']);
        self::assertSame(
            ['invalid_coupon_code', 'invalid_reasons', 'invalid_max_per_customer'],
            array_column($result['violations'], 'code')
        );
    }

    public function testTheMostSpecificScopeWinsWholeAndAnEmptiedGridTurnsCouponsOff(): void
    {
        $builder = new StoreConfigBuilder(new ValueParser(), new PolicyRuleParser(new ValueParser()));
        $defaults = $this->minimalDefaults('{"b":{"coupon_code":"OOPS15","reasons":"damaged","max_per_customer":"2"},"a":{"coupon_code":"SORRY10","reasons":"late","max_per_customer":""}}');
        $website = ['path' => 'verity/coupons/rules', 'scope' => 'websites', 'scope_code' => 'eu', 'value' => '{"x":{"coupon_code":"DESOLE10","reasons":"late","max_per_customer":"1"}}'];
        $emptied = ['path' => 'verity/coupons/rules', 'scope' => 'stores', 'scope_code' => 'fr', 'value' => '{"__empty":""}'];

        $us = $builder->build($defaults, new StoreContext('default', 'base', 'USD'));
        $output = WebapiOutput::toArray($us, StoreConfigInterface::class);
        self::assertSame(
            [
                ['rule_id' => 'default:default:a', 'coupon_code' => 'SORRY10', 'reasons' => ['late'], 'max_per_customer' => 1],
                ['rule_id' => 'default:default:b', 'coupon_code' => 'OOPS15', 'reasons' => ['damaged'], 'max_per_customer' => 2],
            ],
            $output['coupon_rules']
        );
        self::assertSame('coupon_rules', array_key_last($output));

        $eu = $builder->build([...$defaults, $website], new StoreContext('eu_en', 'eu', 'EUR'));
        self::assertSame(['websites:eu:x'], array_map(static fn ($r) => $r->getRuleId(), $eu->getCouponRules()));

        $fr = $builder->build([...$defaults, $website, $emptied], new StoreContext('fr', 'eu', 'EUR'));
        self::assertSame([], $fr->getCouponRules());
    }

    public function testAStoredRowThatDoesNotParseNamesTheRule(): void
    {
        $builder = new StoreConfigBuilder(new ValueParser(), new PolicyRuleParser(new ValueParser()));

        $this->expectException(InvalidConfigValueException::class);
        $this->expectExceptionMessage('default:default:r1');
        $builder->build($this->minimalDefaults('{"r1":{"coupon_code":"X","reasons":"because"}}'), new StoreContext('default', 'base', 'USD'));
    }

    public function testTheAdminFormRefusesBadRowsAndTheSameCodeTwice(): void
    {
        $backend = new CouponRules();
        $backend->setValue([
            'r1' => ['coupon_code' => 'SORRY10', 'reasons' => 'late', 'max_per_customer' => ''],
            'r2' => ['coupon_code' => 'sorry10', 'reasons' => 'not_received', 'max_per_customer' => ''],
            'r3' => ['coupon_code' => 'OK15', 'reasons' => 'whenever', 'max_per_customer' => ''],
            '__empty' => '',
        ]);

        try {
            $backend->beforeSave();
            self::fail('expected the rows to be refused');
        } catch (LocalizedException $e) {
            self::assertStringContainsString('Row 2: coupon code already in row 1', $e->getMessage());
            self::assertStringContainsString('Row 3: Reasons must be one or more of', $e->getMessage());
        }
    }

    /**
     * @return list<array{path: string, scope: string, scope_code: string, value: string}>
     */
    private function minimalDefaults(string $coupons): array
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
            'verity/coupons/rules' => $coupons,
        ];
        $rows = [];
        foreach ($defaults as $path => $value) {
            $rows[] = ['path' => $path, 'scope' => 'default', 'scope_code' => 'default', 'value' => $value];
        }
        return $rows;
    }
}
