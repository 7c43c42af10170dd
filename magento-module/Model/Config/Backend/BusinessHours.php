<?php

declare(strict_types=1);

namespace Verity\Assistant\Model\Config\Backend;

use Magento\Framework\App\Config\Value;
use Magento\Framework\Exception\LocalizedException;

/**
 * Business hours as the sidecar reads them (common/magento/business-hours.ts): comma- or
 * semicolon-separated entries, each days (Mon … Sun, or a range such as Mon-Fri) then one or more
 * 24-hour ranges (09:00-17:30), closing after opening. Empty means not set. Refused on save otherwise,
 * so the sidecar never guesses when the team is back.
 */
class BusinessHours extends Value
{
    private const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

    /**
     * @throws LocalizedException
     */
    public function beforeSave()
    {
        $value = trim(preg_replace('/\s+/', ' ', (string) $this->getValue()) ?? '');
        if (!self::isValid($value)) {
            throw new LocalizedException(__(
                'Business hours: write days and 24-hour times, e.g. Mon-Fri 09:00-12:30 13:30-18:00, Sat 10:00-14:00.'
            ));
        }
        $this->setValue($value);
        return parent::beforeSave();
    }

    public static function isValid(string $value): bool
    {
        foreach (preg_split('/[,;]/', $value) ?: [] as $entry) {
            $words = preg_split('/\s+/', trim($entry), -1, PREG_SPLIT_NO_EMPTY) ?: [];
            if ($words === []) {
                continue;
            }
            $days = explode('-', (string) array_shift($words));
            if (count($days) > 2 || $words === []) {
                return false;
            }
            foreach ($days as $day) {
                if (!in_array(strtolower($day), self::DAYS, true)) {
                    return false;
                }
            }
            foreach ($words as $range) {
                $times = explode('-', $range);
                if (count($times) !== 2) {
                    return false;
                }
                $open = self::minutes($times[0]);
                $close = self::minutes($times[1]);
                if ($open === null || $close === null || $close <= $open) {
                    return false;
                }
            }
        }
        return true;
    }

    private static function minutes(string $time): ?int
    {
        if (preg_match('/^([01]\d|2[0-4]):([0-5]\d)$/', $time, $match) !== 1) {
            return null;
        }
        $minutes = (int) $match[1] * 60 + (int) $match[2];
        return $minutes > 1440 ? null : $minutes;
    }
}
