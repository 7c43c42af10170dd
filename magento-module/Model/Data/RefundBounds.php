<?php

declare(strict_types=1);

namespace Verity\Assistant\Model\Data;

use Verity\Assistant\Api\Data\RefundBoundsInterface;

class RefundBounds implements RefundBoundsInterface
{
    /**
     * @param list<int> $excludedCategoryIds
     */
    public function __construct(
        private readonly float $autoApproveMaxAmount,
        private readonly float $evidenceRequiredThreshold,
        private readonly array $excludedCategoryIds,
        private readonly int $maxAutoActionsPerCustomer,
        private readonly int $periodDays
    ) {
    }

    public function getAutoApproveMaxAmount(): float
    {
        return $this->autoApproveMaxAmount;
    }

    public function getEvidenceRequiredThreshold(): float
    {
        return $this->evidenceRequiredThreshold;
    }

    public function getExcludedCategoryIds(): array
    {
        return $this->excludedCategoryIds;
    }

    public function getMaxAutoActionsPerCustomer(): int
    {
        return $this->maxAutoActionsPerCustomer;
    }

    public function getPeriodDays(): int
    {
        return $this->periodDays;
    }
}
