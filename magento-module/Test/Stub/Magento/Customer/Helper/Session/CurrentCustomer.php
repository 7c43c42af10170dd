<?php

declare(strict_types=1);

namespace Magento\Customer\Helper\Session;

use Magento\Customer\Api\Data\CustomerInterface;

/** Stub of the logged-in customer helper; tests replace it with mocks. */
class CurrentCustomer
{
    /**
     * @return int|null
     */
    public function getCustomerId()
    {
        return null;
    }

    /**
     * @return CustomerInterface
     */
    public function getCustomer()
    {
        throw new \LogicException('stub');
    }
}
