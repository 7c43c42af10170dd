<?php

declare(strict_types=1);

namespace Verity\Assistant\Model\Config\Backend;

use Magento\Config\Model\Config\Backend\Serialized\ArraySerialized;
use Magento\Framework\Exception\LocalizedException;
use Verity\Assistant\Model\Coupon\CouponRuleParser;
use Verity\Assistant\Model\Validation\ValueParser;

/**
 * The courtesy-coupon rows. Every row is checked with the parser the REST endpoint uses, every problem of
 * every row reported at once, so what is saved is exactly what the sidecar can read. One code appears in
 * one row only: two rows for one code would make its per-customer limit ambiguous.
 */
class CouponRules extends ArraySerialized
{
    /**
     * @throws LocalizedException
     */
    public function beforeSave()
    {
        $rows = $this->getValue();
        if (is_array($rows)) {
            $parser = new CouponRuleParser(new ValueParser());
            $problems = [];
            $number = 0;
            $seen = [];
            foreach ($rows as $key => $row) {
                if ($key === '__empty' || !is_array($row)) {
                    continue;
                }
                $number++;
                foreach ($parser->parse($row)['violations'] as $violation) {
                    $problems[] = sprintf('Row %d: %s', $number, $violation['message']);
                }
                $code = strtoupper(trim((string) ($row['coupon_code'] ?? '')));
                if ($code !== '' && isset($seen[$code])) {
                    $problems[] = sprintf('Row %d: coupon code already in row %d; list its reasons in one row.', $number, $seen[$code]);
                }
                $seen[$code] ??= $number;
            }
            if ($problems !== []) {
                throw new LocalizedException(__('Courtesy coupons were not saved. %1', implode(' ', $problems)));
            }
        }
        return parent::beforeSave();
    }
}
