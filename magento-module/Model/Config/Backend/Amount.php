<?php

declare(strict_types=1);

namespace Verity\Assistant\Model\Config\Backend;

/**
 * Money amount of 0 or more in the website's base currency.
 */
class Amount extends BoundedNumber
{
    protected const MIN = 0;
    protected const MAX = PHP_INT_MAX;
    protected const INTEGER = false;
}
