<?php

declare(strict_types=1);

namespace Verity\Assistant\Model\Data;

use Verity\Assistant\Api\Data\DeliveryRangeInterface;
use Verity\Assistant\Api\Data\PolicyRuleInterface;

class PolicyRule implements PolicyRuleInterface
{
    /**
     * @param list<string> $priceMatchExclusions
     * @param list<DeliveryRangeInterface> $deliveryRanges
     */
    public function __construct(
        private readonly string $ruleId,
        private readonly string $scope,
        private readonly string $scopeCode,
        private readonly ?int $categoryId,
        private readonly ?string $channel,
        private readonly int $returnWindowDays,
        private readonly float $returnShippingFee,
        private readonly float $restockingFeePercent,
        private readonly bool $finalSale,
        private readonly bool $exchangeAllowed,
        private readonly int $warrantyMonths,
        private readonly bool $priceMatch,
        private readonly array $priceMatchExclusions,
        private readonly ?float $freeShippingThreshold,
        private readonly array $deliveryRanges
    ) {
    }

    public function getRuleId(): string
    {
        return $this->ruleId;
    }

    public function getScope(): string
    {
        return $this->scope;
    }

    public function getScopeCode(): string
    {
        return $this->scopeCode;
    }

    public function getCategoryId(): ?int
    {
        return $this->categoryId;
    }

    public function getChannel(): ?string
    {
        return $this->channel;
    }

    public function getReturnWindowDays(): int
    {
        return $this->returnWindowDays;
    }

    public function getReturnShippingFee(): float
    {
        return $this->returnShippingFee;
    }

    public function getRestockingFeePercent(): float
    {
        return $this->restockingFeePercent;
    }

    public function isFinalSale(): bool
    {
        return $this->finalSale;
    }

    public function isExchangeAllowed(): bool
    {
        return $this->exchangeAllowed;
    }

    public function getWarrantyMonths(): int
    {
        return $this->warrantyMonths;
    }

    public function isPriceMatch(): bool
    {
        return $this->priceMatch;
    }

    public function getPriceMatchExclusions(): array
    {
        return $this->priceMatchExclusions;
    }

    public function getFreeShippingThreshold(): ?float
    {
        return $this->freeShippingThreshold;
    }

    public function getDeliveryRanges(): array
    {
        return $this->deliveryRanges;
    }
}
