<?php

declare(strict_types=1);

namespace Verity\Assistant\Model\Config\Backend;

/**
 * Whole number of 0 or more (actions per customer).
 */
class Count extends BoundedNumber
{
    protected const MIN = 0;
    protected const MAX = 1000000;
    protected const INTEGER = true;
}
