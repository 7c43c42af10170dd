<?php

declare(strict_types=1);

namespace Verity\Assistant\Model\StoreConfig;

use Verity\Assistant\Api\Data\PolicyRuleInterface;
use Verity\Assistant\Api\Data\StoreConfigInterface;
use Verity\Assistant\Api\Data\CouponRuleInterface;
use Verity\Assistant\Model\Config;
use Verity\Assistant\Model\Coupon\CouponRuleParser;
use Verity\Assistant\Model\Data\CouponRule;
use Verity\Assistant\Model\Data\DeliveryRange;
use Verity\Assistant\Model\Data\PolicyRule;
use Verity\Assistant\Model\Data\RefundBounds;
use Verity\Assistant\Model\Data\StoreConfig;
use Verity\Assistant\Model\Data\WidgetOptions;
use Verity\Assistant\Model\Policy\PolicyRuleParser;
use Verity\Assistant\Model\Validation\ValueParser;

/**
 * Builds the effective configuration of one store view from core_config_data rows. Pure: the rows come
 * from ConfigRowReader in Magento and from a fixture in tests (the sandbox store is tested against the
 * same fixture).
 *
 * Scalars resolve store view → website → default like Magento config. Policy rules are not inherited:
 * every applicable scope's rules are returned (default, website, store view; rows by row key) so the
 * sidecar can explain which rule won.
 */
class StoreConfigBuilder
{
    private const SCOPE_ORDER = ['default', 'websites', 'stores'];

    private readonly CouponRuleParser $couponParser;

    public function __construct(
        private readonly ValueParser $values,
        private readonly PolicyRuleParser $ruleParser,
        ?CouponRuleParser $couponParser = null
    ) {
        $this->couponParser = $couponParser ?? new CouponRuleParser($values);
    }

    /**
     * @param iterable<array{path: string, scope: string, scope_code: string, value: string|null}> $rows
     * @throws InvalidConfigValueException
     */
    public function build(iterable $rows, StoreContext $store): StoreConfigInterface
    {
        $scoped = $this->applicableRows($rows, $store);
        $text = fn (string $path): string => $this->resolve($scoped, $path);
        $parsed = function (string $path, ?callable $parse, string $expected) use ($text): mixed {
            $result = $parse === null ? null : $parse($text($path));
            if ($result === null) {
                throw $this->invalid($path, $expected);
            }
            return $result;
        };

        $position = $text(Config::PATH_WIDGET_POSITION);
        if (!in_array($position, ['right', 'left'], true)) {
            throw $this->invalid(Config::PATH_WIDGET_POSITION, '"right" or "left"');
        }

        return new StoreConfig(
            $store->storeCode,
            $store->websiteCode,
            $store->baseCurrencyCode,
            $parsed(Config::PATH_ENABLED, $this->values->parseBool(...), '0 or 1'),
            $parsed(Config::PATH_ROLLOUT_PERCENTAGE, fn (string $v) => $this->values->parseInt($v, 0, 100), '0–100'),
            $text(Config::PATH_ESCALATION_CONTACT),
            $parsed(Config::PATH_RETENTION_DAYS, fn (string $v) => $this->values->parseInt($v, 0), 'a whole number ≥ 0'),
            $text(Config::PATH_BUSINESS_HOURS),
            new WidgetOptions(
                $position,
                $parsed(Config::PATH_WIDGET_PRIMARY_COLOR, $this->values->parseHexColor(...), '#rrggbb'),
                $text(Config::PATH_WIDGET_GREETING)
            ),
            new RefundBounds(
                $parsed(Config::PATH_AUTO_APPROVE_MAX_AMOUNT, $this->values->parseAmount(...), 'an amount ≥ 0'),
                $parsed(Config::PATH_EVIDENCE_REQUIRED_THRESHOLD, $this->values->parseAmount(...), 'an amount ≥ 0'),
                $parsed(Config::PATH_EXCLUDED_CATEGORY_IDS, $this->values->parseIdList(...), 'comma-separated ids'),
                $parsed(
                    Config::PATH_MAX_AUTO_ACTIONS_PER_CUSTOMER,
                    fn (string $v) => $this->values->parseInt($v, 0),
                    'a whole number ≥ 0'
                ),
                $parsed(Config::PATH_PERIOD_DAYS, fn (string $v) => $this->values->parseInt($v, 1), 'a whole number ≥ 1')
            ),
            $this->policyRules($scoped),
            $this->couponRules($scoped)
        );
    }

    /**
     * Keeps the rows of the default scope, the store's website and the store view, keyed by scope then path.
     *
     * @param iterable<array{path: string, scope: string, scope_code: string, value: string|null}> $rows
     * @return array<string, array{code: string, values: array<string, string>}>
     */
    private function applicableRows(iterable $rows, StoreContext $store): array
    {
        $codes = ['default' => 'default', 'websites' => $store->websiteCode, 'stores' => $store->storeCode];
        $scoped = [];
        foreach (self::SCOPE_ORDER as $scope) {
            $scoped[$scope] = ['code' => $codes[$scope], 'values' => []];
        }
        foreach ($rows as $row) {
            $scope = $row['scope'];
            if (!isset($codes[$scope]) || $row['scope_code'] !== $codes[$scope]) {
                continue;
            }
            $scoped[$scope]['values'][$row['path']] = (string) ($row['value'] ?? '');
        }
        return $scoped;
    }

    /**
     * @param array<string, array{code: string, values: array<string, string>}> $scoped
     */
    private function resolve(array $scoped, string $path): string
    {
        foreach (array_reverse(self::SCOPE_ORDER) as $scope) {
            if (array_key_exists($path, $scoped[$scope]['values'])) {
                return $scoped[$scope]['values'][$path];
            }
        }
        throw $this->invalid($path, 'a value at some scope (etc/config.xml provides the default)');
    }

    /**
     * @param array<string, array{code: string, values: array<string, string>}> $scoped
     * @return list<PolicyRuleInterface>
     */
    private function policyRules(array $scoped): array
    {
        $rules = [];
        foreach (self::SCOPE_ORDER as $scope) {
            $json = trim($scoped[$scope]['values'][Config::PATH_POLICY_RULES] ?? '');
            if ($json === '') {
                continue;
            }
            $rows = json_decode($json, true);
            if (!is_array($rows)) {
                throw $this->invalid(Config::PATH_POLICY_RULES, 'JSON rows as saved by the admin form');
            }
            unset($rows['__empty']);
            // Row keys sort as byte strings: json_decode turns numeric keys into ints, which ksort would order numerically.
            $keys = array_map('strval', array_keys($rows));
            usort($keys, 'strcmp');
            foreach ($keys as $key) {
                $ruleId = sprintf('%s:%s:%s', $scope, $scoped[$scope]['code'], $key);
                $rules[] = $this->policyRule($ruleId, $scope, $scoped[$scope]['code'], $rows[$key]);
            }
        }
        return $rules;
    }

    private function policyRule(string $ruleId, string $scope, string $scopeCode, mixed $row): PolicyRuleInterface
    {
        $result = $this->ruleParser->parse(is_array($row) ? $row : []);
        $v = $result['values'];
        if ($v === null) {
            $messages = array_map(static fn (array $violation): string => $violation['message'], $result['violations']);
            throw new InvalidConfigValueException(
                __('Verity policy rule %1 is invalid: %2', $ruleId, implode(' ', $messages))
            );
        }
        return new PolicyRule(
            $ruleId,
            $scope,
            $scopeCode,
            $v['category_id'],
            $v['channel'],
            $v['return_window_days'],
            $v['return_shipping_fee'],
            $v['restocking_fee_percent'],
            $v['final_sale'],
            $v['exchange_allowed'],
            $v['warranty_months'],
            $v['price_match'],
            $v['price_match_exclusions'],
            $v['free_shipping_threshold'],
            array_map(
                static fn (array $r): DeliveryRange => new DeliveryRange($r['method'], $r['min_days'], $r['max_days']),
                $v['delivery_ranges']
            )
        );
    }

    /**
     * Coupon rows are a setting like any other: the most specific scope that sets the path wins whole (an
     * emptied grid at a website turns coupons off there). Rows by row key, as byte strings.
     *
     * @param array<string, array{code: string, values: array<string, string>}> $scoped
     * @return list<CouponRuleInterface>
     */
    private function couponRules(array $scoped): array
    {
        foreach (array_reverse(self::SCOPE_ORDER) as $scope) {
            if (!array_key_exists(Config::PATH_COUPON_RULES, $scoped[$scope]['values'])) {
                continue;
            }
            $json = trim($scoped[$scope]['values'][Config::PATH_COUPON_RULES]);
            if ($json === '') {
                return [];
            }
            $rows = json_decode($json, true);
            if (!is_array($rows)) {
                throw $this->invalid(Config::PATH_COUPON_RULES, 'JSON rows as saved by the admin form');
            }
            unset($rows['__empty']);
            $keys = array_map('strval', array_keys($rows));
            usort($keys, 'strcmp');
            $rules = [];
            foreach ($keys as $key) {
                $ruleId = sprintf('%s:%s:%s', $scope, $scoped[$scope]['code'], $key);
                $result = $this->couponParser->parse(is_array($rows[$key]) ? $rows[$key] : []);
                $v = $result['values'];
                if ($v === null) {
                    $messages = array_map(static fn (array $violation): string => $violation['message'], $result['violations']);
                    throw new InvalidConfigValueException(
                        __('Verity coupon rule %1 is invalid: %2', $ruleId, implode(' ', $messages))
                    );
                }
                $rules[] = new CouponRule($ruleId, $v['coupon_code'], $v['reasons'], $v['max_per_customer']);
            }
            return $rules;
        }
        return [];
    }

    private function invalid(string $path, string $expected): InvalidConfigValueException
    {
        return new InvalidConfigValueException(__('Verity configuration %1 is invalid: expected %2.', $path, $expected));
    }
}
