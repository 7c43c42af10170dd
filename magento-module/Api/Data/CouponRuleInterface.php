<?php

declare(strict_types=1);

namespace Verity\Assistant\Api\Data;

/**
 * A courtesy coupon Verity may give (a row of Stores > Configuration > Verity > Courtesy coupons): an
 * existing coupon code of a cart price rule the merchant created, for the claim reasons listed. Verity
 * hands out this code and no other; it never generates one.
 *
 * Getter order is the JSON key order of the REST output.
 *
 * @api
 */
interface CouponRuleInterface
{
    /**
     * Stable id "{scope}:{scope_code}:{row key}".
     *
     * @return string
     */
    public function getRuleId(): string;

    /**
     * @return string
     */
    public function getCouponCode(): string;

    /**
     * Claim reasons: changed_mind, wrong_size, damaged, defective, not_received, late.
     *
     * @return string[]
     */
    public function getReasons(): array;

    /**
     * Coupons of this rule one customer may receive within the refund bounds' period.
     *
     * @return int
     */
    public function getMaxPerCustomer(): int;
}
