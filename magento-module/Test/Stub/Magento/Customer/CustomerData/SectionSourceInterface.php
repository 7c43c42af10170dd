<?php

declare(strict_types=1);

namespace Magento\Customer\CustomerData;

/** Stub of the framework interface. */
interface SectionSourceInterface
{
    /**
     * @return array<string, mixed>
     */
    public function getSectionData();
}
