<?php

declare(strict_types=1);

namespace Verity\Assistant\Model\Config\Backend;

/**
 * Customer token lifetime in seconds: 5 minutes to 24 hours.
 */
class TokenLifetime extends BoundedNumber
{
    protected const MIN = 300;
    protected const MAX = 86400;
    protected const INTEGER = true;
}
