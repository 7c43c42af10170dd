<?php

declare(strict_types=1);

namespace Verity\Assistant\Model\Data;

use Verity\Assistant\Api\Data\CouponRuleInterface;

class CouponRule implements CouponRuleInterface
{
    /**
     * @param list<string> $reasons
     */
    public function __construct(
        private readonly string $ruleId,
        private readonly string $couponCode,
        private readonly array $reasons,
        private readonly int $maxPerCustomer
    ) {
    }

    public function getRuleId(): string
    {
        return $this->ruleId;
    }

    public function getCouponCode(): string
    {
        return $this->couponCode;
    }

    public function getReasons(): array
    {
        return $this->reasons;
    }

    public function getMaxPerCustomer(): int
    {
        return $this->maxPerCustomer;
    }
}
