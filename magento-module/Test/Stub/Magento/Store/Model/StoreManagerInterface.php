<?php

declare(strict_types=1);

namespace Magento\Store\Model;

use Magento\Store\Api\Data\StoreInterface;
use Magento\Store\Api\Data\WebsiteInterface;

/** Stub of the framework interface (the part the module uses). */
interface StoreManagerInterface
{
    /**
     * @return StoreInterface
     */
    public function getStore($storeId = null);

    /**
     * @return WebsiteInterface
     */
    public function getWebsite($websiteId = null);
}
