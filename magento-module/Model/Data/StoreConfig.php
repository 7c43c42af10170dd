<?php

declare(strict_types=1);

namespace Verity\Assistant\Model\Data;

use Verity\Assistant\Api\Data\CouponRuleInterface;
use Verity\Assistant\Api\Data\PolicyRuleInterface;
use Verity\Assistant\Api\Data\RefundBoundsInterface;
use Verity\Assistant\Api\Data\StoreConfigInterface;
use Verity\Assistant\Api\Data\WidgetOptionsInterface;

class StoreConfig implements StoreConfigInterface
{
    /**
     * @param list<PolicyRuleInterface> $policyRules
     * @param list<CouponRuleInterface> $couponRules
     */
    public function __construct(
        private readonly string $storeCode,
        private readonly string $websiteCode,
        private readonly string $baseCurrencyCode,
        private readonly bool $enabled,
        private readonly int $rolloutPercentage,
        private readonly string $escalationContact,
        private readonly int $retentionDays,
        private readonly string $businessHours,
        private readonly WidgetOptionsInterface $widget,
        private readonly RefundBoundsInterface $refundBounds,
        private readonly array $policyRules,
        private readonly array $couponRules = []
    ) {
    }

    public function getStoreCode(): string
    {
        return $this->storeCode;
    }

    public function getWebsiteCode(): string
    {
        return $this->websiteCode;
    }

    public function getBaseCurrencyCode(): string
    {
        return $this->baseCurrencyCode;
    }

    public function isEnabled(): bool
    {
        return $this->enabled;
    }

    public function getRolloutPercentage(): int
    {
        return $this->rolloutPercentage;
    }

    public function getEscalationContact(): string
    {
        return $this->escalationContact;
    }

    public function getRetentionDays(): int
    {
        return $this->retentionDays;
    }

    public function getBusinessHours(): string
    {
        return $this->businessHours;
    }

    public function getWidget(): WidgetOptionsInterface
    {
        return $this->widget;
    }

    public function getRefundBounds(): RefundBoundsInterface
    {
        return $this->refundBounds;
    }

    public function getPolicyRules(): array
    {
        return $this->policyRules;
    }

    public function getCouponRules(): array
    {
        return $this->couponRules;
    }
}
