<?php

declare(strict_types=1);

namespace Magento\Customer\Api\Data;

/** Stub of the framework interface (the part the module uses). */
interface CustomerInterface
{
    /**
     * @return string
     */
    public function getEmail();
}
