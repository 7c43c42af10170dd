<?php

declare(strict_types=1);

namespace Magento\Framework\Event;

use Magento\Framework\DataObject;

/** Stub: an event's data (product, item, …). */
class Event extends DataObject
{
}
