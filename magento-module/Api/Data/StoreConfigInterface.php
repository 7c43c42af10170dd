<?php

declare(strict_types=1);

namespace Verity\Assistant\Api\Data;

/**
 * The effective Verity configuration of one store view: the JSON of GET /V1/verity/config
 * (contract: common/magento/verity-config.ts in the Verity repository). Getter order = JSON key order.
 *
 * @api
 */
interface StoreConfigInterface
{
    /**
     * @return string
     */
    public function getStoreCode(): string;

    /**
     * @return string
     */
    public function getWebsiteCode(): string;

    /**
     * @return string
     */
    public function getBaseCurrencyCode(): string;

    /**
     * @return bool
     */
    public function isEnabled(): bool;

    /**
     * Share of sessions (0–100) that see the widget.
     *
     * @return int
     */
    public function getRolloutPercentage(): int;

    /**
     * @return string
     */
    public function getEscalationContact(): string;

    /**
     * Days after a conversation's last message when Verity purges its transcript; 0 = kept until erased.
     *
     * @return int
     */
    public function getRetentionDays(): int;

    /**
     * When the store's team answers handoffs, in the store view's time zone, e.g. "Mon-Fri 09:00-17:30,
     * Sat 10:00-14:00"; empty = not set.
     *
     * @return string
     */
    public function getBusinessHours(): string;

    /**
     * @return \Verity\Assistant\Api\Data\WidgetOptionsInterface
     */
    public function getWidget(): WidgetOptionsInterface;

    /**
     * @return \Verity\Assistant\Api\Data\RefundBoundsInterface
     */
    public function getRefundBounds(): RefundBoundsInterface;

    /**
     * Rules of the default scope, the store's website and the store view, in that order.
     *
     * @return \Verity\Assistant\Api\Data\PolicyRuleInterface[]
     */
    public function getPolicyRules(): array;

    /**
     * Courtesy coupons: the rows of the most specific scope that sets them (store view, website, default).
     *
     * @return \Verity\Assistant\Api\Data\CouponRuleInterface[]
     */
    public function getCouponRules(): array;
}
