<?php

declare(strict_types=1);

namespace Verity\Assistant\Model\Coupon;

use Verity\Assistant\Model\Validation\ValueParser;

/**
 * Parses one courtesy-coupon row as the admin form posts it (every cell a string) into typed values, or
 * explains every cell that is wrong. Shared by the backend model (validation on save) and the REST
 * serializer; the sandbox store's parse-coupon-rule.ts gives the same answers and messages.
 */
class CouponRuleParser
{
    /** The claim reasons of Verity's action engine (COUPON_REASONS in common/magento/verity-config.ts). */
    public const REASONS = ['changed_mind', 'wrong_size', 'damaged', 'defective', 'not_received', 'late'];

    /** What an empty "max per customer" cell means. */
    public const DEFAULT_MAX_PER_CUSTOMER = 1;

    public function __construct(private readonly ValueParser $values)
    {
    }

    /**
     * @param array<string, mixed> $row
     * @return array{values: array{coupon_code: string, reasons: list<string>, max_per_customer: int}|null,
     *     violations: list<array{code: string, message: string}>}
     */
    public function parse(array $row): array
    {
        $violations = [];
        $field = static function (string $name) use ($row): string {
            $value = $row[$name] ?? '';
            return is_string($value) || is_int($value) || is_float($value) ? trim((string) $value) : '';
        };
        $fail = static function (string $name, string $message) use (&$violations): void {
            $violations[] = ['code' => 'invalid_' . $name, 'message' => $message];
        };

        $code = $field('coupon_code');
        if (preg_match('/^[A-Za-z0-9_-]{1,255}$/', $code) !== 1) {
            $fail('coupon_code', 'Coupon code must be the code of an existing cart price rule (letters, digits, - or _).');
        }
        $reasons = array_values(array_unique(array_filter(
            array_map('trim', explode(',', $field('reasons'))),
            static fn (string $r): bool => $r !== ''
        )));
        if ($reasons === [] || array_diff($reasons, self::REASONS) !== []) {
            $fail('reasons', sprintf('Reasons must be one or more of %s, comma-separated.', implode(', ', self::REASONS)));
        }
        $max = $field('max_per_customer') === ''
            ? self::DEFAULT_MAX_PER_CUSTOMER
            : $this->values->parseInt($field('max_per_customer'), 0, 1000);
        if ($max === null) {
            $fail('max_per_customer', 'Max per customer must be a whole number between 0 and 1000, or empty for 1.');
        }

        if ($violations !== [] || $max === null) {
            return ['values' => null, 'violations' => $violations];
        }
        return [
            'values' => ['coupon_code' => $code, 'reasons' => $reasons, 'max_per_customer' => $max],
            'violations' => [],
        ];
    }
}
