<?php

declare(strict_types=1);

namespace Verity\Assistant\Model\Config\Backend;

/**
 * Seconds an admin save may wait for the sidecar: 1 to 10.
 */
class NotifyTimeout extends BoundedNumber
{
    protected const MIN = 1;
    protected const MAX = 10;
    protected const INTEGER = true;
}
