<?php

declare(strict_types=1);

namespace Verity\Assistant\Model\Config\Backend;

/**
 * Whole percentage 0–100 (rollout share of sessions).
 */
class Percentage extends BoundedNumber
{
    protected const MIN = 0;
    protected const MAX = 100;
    protected const INTEGER = true;
}
