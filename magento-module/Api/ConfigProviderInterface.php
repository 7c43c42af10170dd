<?php

declare(strict_types=1);

namespace Verity\Assistant\Api;

use Verity\Assistant\Api\Data\StoreConfigInterface;

/**
 * GET /rest/{store_code}/V1/verity/config (ACL Verity_Assistant::config).
 *
 * @api
 */
interface ConfigProviderInterface
{
    /**
     * The effective Verity configuration of the store view the request addresses.
     *
     * @return \Verity\Assistant\Api\Data\StoreConfigInterface
     * @throws \Magento\Framework\Exception\LocalizedException when a stored value is invalid
     */
    public function getConfig(): StoreConfigInterface;
}
