<?php

declare(strict_types=1);

namespace Verity\Assistant\Model\Policy;

use Verity\Assistant\Model\Validation\ValueParser;

/**
 * Parses one dynamic policy row as the admin form posts it (every field a string; empty = null / all)
 * into typed values, or explains every field that is wrong. Shared by the backend model (validation on
 * save) and the REST serializer.
 */
class PolicyRuleParser
{
    public const CHANNELS = ['web', 'marketplace', 'retail'];

    /** Row fields in the order the admin grid shows them. */
    public const FIELDS = [
        'category_id',
        'channel',
        'return_window_days',
        'return_shipping_fee',
        'restocking_fee_percent',
        'final_sale',
        'exchange_allowed',
        'warranty_months',
        'price_match',
        'price_match_exclusions',
        'free_shipping_threshold',
        'delivery_ranges',
    ];

    public function __construct(private readonly ValueParser $values)
    {
    }

    /**
     * @param array<string, mixed> $row
     * @return array{values: array<string, mixed>|null, violations: list<array{code: string, message: string}>}
     */
    public function parse(array $row): array
    {
        $violations = [];
        $field = static function (string $name) use ($row): string {
            $value = $row[$name] ?? '';
            return is_scalar($value) ? trim((string) $value) : '';
        };
        $fail = static function (string $name, string $message) use (&$violations): void {
            $violations[] = ['code' => 'invalid_' . $name, 'message' => $message];
        };

        $categoryId = null;
        if ($field('category_id') !== '') {
            $categoryId = $this->values->parseInt($field('category_id'), 1);
            if ($categoryId === null) {
                $fail('category_id', 'Category must be a category id (a positive whole number) or empty for all.');
            }
        }
        $channel = $field('channel') === '' ? null : $field('channel');
        if ($channel !== null && !in_array($channel, self::CHANNELS, true)) {
            $fail('channel', sprintf('Channel must be one of %s, or empty for all.', implode(', ', self::CHANNELS)));
        }
        $returnWindow = $this->values->parseInt($field('return_window_days'), 0, 3650);
        if ($returnWindow === null) {
            $fail('return_window_days', 'Return window must be a whole number of days between 0 and 3650.');
        }
        $returnFee = $this->values->parseAmount($field('return_shipping_fee'));
        if ($returnFee === null) {
            $fail('return_shipping_fee', 'Return shipping fee must be an amount of 0 or more (e.g. 4.95).');
        }
        $restocking = $this->values->parseAmount($field('restocking_fee_percent'), 100.0);
        if ($restocking === null) {
            $fail('restocking_fee_percent', 'Restocking fee must be a percentage between 0 and 100.');
        }
        $bools = [];
        foreach (['final_sale', 'exchange_allowed', 'price_match'] as $name) {
            $bools[$name] = $this->values->parseBool($field($name));
            if ($bools[$name] === null) {
                $fail($name, sprintf('%s must be Yes (1) or No (0).', $this->label($name)));
            }
        }
        $warranty = $this->values->parseInt($field('warranty_months'), 0, 1200);
        if ($warranty === null) {
            $fail('warranty_months', 'Warranty must be a whole number of months between 0 and 1200.');
        }
        $threshold = null;
        if ($field('free_shipping_threshold') !== '') {
            $threshold = $this->values->parseAmount($field('free_shipping_threshold'));
            if ($threshold === null) {
                $fail('free_shipping_threshold', 'Free-shipping threshold must be an amount of 0 or more, or empty for none.');
            }
        }
        $ranges = $this->parseDeliveryRanges($field('delivery_ranges'));
        if ($ranges === null) {
            $fail(
                'delivery_ranges',
                'Delivery ranges must look like "flatrate:3-5, express:1-2" (method code, colon, min-max days, min ≤ max).'
            );
        }

        if ($violations !== []) {
            return ['values' => null, 'violations' => $violations];
        }
        return [
            'values' => [
                'category_id' => $categoryId,
                'channel' => $channel,
                'return_window_days' => $returnWindow,
                'return_shipping_fee' => $returnFee,
                'restocking_fee_percent' => $restocking,
                'final_sale' => $bools['final_sale'],
                'exchange_allowed' => $bools['exchange_allowed'],
                'warranty_months' => $warranty,
                'price_match' => $bools['price_match'],
                'price_match_exclusions' => $this->values->parseTextList($field('price_match_exclusions')),
                'free_shipping_threshold' => $threshold,
                'delivery_ranges' => $ranges,
            ],
            'violations' => [],
        ];
    }

    /**
     * @return list<array{method: string, min_days: int, max_days: int}>|null
     */
    private function parseDeliveryRanges(string $value): ?array
    {
        if ($value === '') {
            return [];
        }
        $ranges = [];
        foreach (explode(',', $value) as $part) {
            if (preg_match('/^\s*([a-z][a-z0-9_]*)\s*:\s*([0-9]{1,3})\s*-\s*([0-9]{1,3})\s*$/', $part, $m) !== 1) {
                return null;
            }
            [$min, $max] = [(int) $m[2], (int) $m[3]];
            if ($max < $min) {
                return null;
            }
            $ranges[] = ['method' => $m[1], 'min_days' => $min, 'max_days' => $max];
        }
        return $ranges;
    }

    private function label(string $name): string
    {
        return ucfirst(str_replace('_', ' ', $name));
    }
}
