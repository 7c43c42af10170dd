<?php

declare(strict_types=1);

namespace Magento\Framework\Data;

/** Stub of the framework interface. */
interface OptionSourceInterface
{
    /**
     * @return array<int, array{value: mixed, label: mixed}>
     */
    public function toOptionArray();
}
