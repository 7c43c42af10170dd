<?php

declare(strict_types=1);

namespace Magento\Framework\Event;

use Magento\Framework\DataObject;

/** Stub: carries the dispatched event. */
class Observer extends DataObject
{
    public function getEvent(): Event
    {
        return $this->getData('event');
    }
}
