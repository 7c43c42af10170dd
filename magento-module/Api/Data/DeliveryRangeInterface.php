<?php

declare(strict_types=1);

namespace Verity\Assistant\Api\Data;

/**
 * Delivery time for one shipping method, in business days.
 *
 * @api
 */
interface DeliveryRangeInterface
{
    /**
     * Magento shipping method code, e.g. "flatrate".
     *
     * @return string
     */
    public function getMethod(): string;

    /**
     * @return int
     */
    public function getMinDays(): int;

    /**
     * @return int
     */
    public function getMaxDays(): int;
}
