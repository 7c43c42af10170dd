<?php

declare(strict_types=1);

namespace Verity\Assistant\Model\Sidecar;

/**
 * The sidecar could not be reached, answered non-2xx, or the module is not configured to call it.
 */
class SidecarRequestException extends \RuntimeException
{
}
