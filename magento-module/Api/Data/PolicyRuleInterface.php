<?php

declare(strict_types=1);

namespace Verity\Assistant\Api\Data;

/**
 * One merchant policy rule (a row of Stores > Configuration > Verity > Policy rules) at one scope.
 *
 * Getter order is the JSON key order of the REST output (Magento serialises getters in declaration
 * order). Nullable getters document their type without "|null" on purpose: Magento's webapi omits
 * null values of optional fields, and the contract (common/magento/verity-config.ts) requires the key
 * with a null value ("applies to all").
 *
 * @api
 */
interface PolicyRuleInterface
{
    /**
     * Stable id "{scope}:{scope_code}:{row key}".
     *
     * @return string
     */
    public function getRuleId(): string;

    /**
     * "default", "websites" or "stores".
     *
     * @return string
     */
    public function getScope(): string;

    /**
     * "default", or the website / store view code.
     *
     * @return string
     */
    public function getScopeCode(): string;

    /**
     * Category id the rule applies to (and its subcategories); null = every category.
     *
     * @return int
     */
    public function getCategoryId(): ?int;

    /**
     * "web", "marketplace" or "retail"; null = every channel.
     *
     * @return string
     */
    public function getChannel(): ?string;

    /**
     * @return int
     */
    public function getReturnWindowDays(): int;

    /**
     * In the website's base currency.
     *
     * @return float
     */
    public function getReturnShippingFee(): float;

    /**
     * 0–100.
     *
     * @return float
     */
    public function getRestockingFeePercent(): float;

    /**
     * @return bool
     */
    public function isFinalSale(): bool;

    /**
     * @return bool
     */
    public function isExchangeAllowed(): bool;

    /**
     * @return int
     */
    public function getWarrantyMonths(): int;

    /**
     * @return bool
     */
    public function isPriceMatch(): bool;

    /**
     * @return string[]
     */
    public function getPriceMatchExclusions(): array;

    /**
     * Order subtotal from which shipping is free; null = no free shipping.
     *
     * @return float
     */
    public function getFreeShippingThreshold(): ?float;

    /**
     * @return \Verity\Assistant\Api\Data\DeliveryRangeInterface[]
     */
    public function getDeliveryRanges(): array;
}
