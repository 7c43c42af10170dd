<?php

declare(strict_types=1);

namespace Verity\Assistant\Model\Config\Backend;

/**
 * Whole number of days from 1 to 3650.
 */
class Days extends BoundedNumber
{
    protected const MIN = 1;
    protected const MAX = 3650;
    protected const INTEGER = true;
}
