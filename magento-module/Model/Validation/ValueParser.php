<?php

declare(strict_types=1);

namespace Verity\Assistant\Model\Validation;

/**
 * Turns the strings Magento stores in core_config_data into typed values. Used both when an admin
 * saves (backend models reject what does not parse) and when the REST endpoint serialises, so the two
 * can never disagree about what a valid value is. Every method returns null for "not valid".
 */
class ValueParser
{
    /**
     * A whole number in [$min, $max], written without sign, decimals or spaces inside ("30", not "30.0").
     */
    public function parseInt(string $value, int $min, int $max = PHP_INT_MAX): ?int
    {
        $value = trim($value);
        if (preg_match('/^(0|[1-9][0-9]{0,17})$/', $value) !== 1) {
            return null;
        }
        $number = (int) $value;
        return $number >= $min && $number <= $max ? $number : null;
    }

    /**
     * A non-negative decimal amount with at most 4 decimals ("7.95", "120.50", "0").
     */
    public function parseAmount(string $value, float $max = PHP_FLOAT_MAX): ?float
    {
        $value = trim($value);
        if (preg_match('/^(0|[1-9][0-9]{0,11})(\.[0-9]{1,4})?$/', $value) !== 1) {
            return null;
        }
        $number = (float) $value;
        return $number <= $max ? $number : null;
    }

    /**
     * Magento's Yes/No source stores "1" and "0".
     */
    public function parseBool(string $value): ?bool
    {
        return match (trim($value)) {
            '1' => true,
            '0' => false,
            default => null,
        };
    }

    /**
     * Comma-separated positive ids ("41,42", "41, 42"); empty string = no ids.
     *
     * @return list<int>|null
     */
    public function parseIdList(string $value): ?array
    {
        if (trim($value) === '') {
            return [];
        }
        $ids = [];
        foreach (explode(',', $value) as $part) {
            $id = $this->parseInt($part, 1);
            if ($id === null) {
                return null;
            }
            $ids[] = $id;
        }
        return $ids;
    }

    /**
     * Comma-separated free text, trimmed, empty parts dropped.
     *
     * @return list<string>
     */
    public function parseTextList(string $value): array
    {
        $items = array_map('trim', explode(',', $value));
        return array_values(array_filter($items, static fn (string $item): bool => $item !== ''));
    }

    public function parseHexColor(string $value): ?string
    {
        $value = trim($value);
        return preg_match('/^#[0-9a-fA-F]{6}$/', $value) === 1 ? $value : null;
    }

    /**
     * An absolute http(s) URL without query or fragment; http only for localhost (development).
     */
    public function parseSidecarUrl(string $value): ?string
    {
        $value = rtrim(trim($value), '/');
        $parts = parse_url($value);
        if ($parts === false || !isset($parts['scheme'], $parts['host'])) {
            return null;
        }
        if (isset($parts['query']) || isset($parts['fragment']) || isset($parts['user'])) {
            return null;
        }
        $scheme = strtolower($parts['scheme']);
        $local = in_array(strtolower($parts['host']), ['localhost', '127.0.0.1', '[::1]'], true);
        if ($scheme !== 'https' && !($scheme === 'http' && $local)) {
            return null;
        }
        return $value;
    }
}
