<?php

declare(strict_types=1);

namespace Verity\Assistant\Model\Data;

use Verity\Assistant\Api\Data\DeliveryRangeInterface;

class DeliveryRange implements DeliveryRangeInterface
{
    public function __construct(
        private readonly string $method,
        private readonly int $minDays,
        private readonly int $maxDays
    ) {
    }

    public function getMethod(): string
    {
        return $this->method;
    }

    public function getMinDays(): int
    {
        return $this->minDays;
    }

    public function getMaxDays(): int
    {
        return $this->maxDays;
    }
}
