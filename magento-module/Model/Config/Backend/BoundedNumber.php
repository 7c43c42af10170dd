<?php

declare(strict_types=1);

namespace Verity\Assistant\Model\Config\Backend;

use Magento\Framework\App\Config\Value;
use Magento\Framework\Exception\LocalizedException;
use Verity\Assistant\Model\Validation\ValueParser;

/**
 * Rejects, on save, a number outside [MIN, MAX] (or with decimals when INTEGER), so the sidecar never
 * reads a bound that only looks like a number. Subclasses set the range.
 */
abstract class BoundedNumber extends Value
{
    protected const MIN = 0;
    protected const MAX = PHP_INT_MAX;
    protected const INTEGER = true;

    /**
     * @throws LocalizedException
     */
    public function beforeSave()
    {
        // The parser is pure and dependency-free; creating it here spares re-declaring Value's constructor.
        $parser = new ValueParser();
        $raw = trim((string) $this->getValue());
        $parsed = static::INTEGER
            ? $parser->parseInt($raw, static::MIN, static::MAX)
            : $parser->parseAmount($raw, (float) static::MAX);
        if ($parsed === null || $parsed < static::MIN) {
            $kind = static::INTEGER ? 'a whole number' : 'an amount (up to 4 decimals)';
            throw new LocalizedException(static::MAX === PHP_INT_MAX
                ? __('%1: enter %2 of %3 or more.', $this->fieldLabel(), $kind, static::MIN)
                : __('%1: enter %2 from %3 to %4.', $this->fieldLabel(), $kind, static::MIN, static::MAX));
        }
        $this->setValue($raw);
        return parent::beforeSave();
    }

    protected function fieldLabel(): string
    {
        $fieldConfig = $this->getData('field_config');
        return is_array($fieldConfig) && isset($fieldConfig['label']) ? (string) $fieldConfig['label'] : (string) $this->getPath();
    }
}
