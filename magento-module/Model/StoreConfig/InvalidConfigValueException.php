<?php

declare(strict_types=1);

namespace Verity\Assistant\Model\StoreConfig;

use Magento\Framework\Exception\LocalizedException;

/**
 * A stored Verity value does not parse (set around the admin form, e.g. with bin/magento config:set).
 * The endpoint refuses to answer rather than hand the sidecar a guessed policy or bound.
 */
class InvalidConfigValueException extends LocalizedException
{
}
