<?php

declare(strict_types=1);

namespace Magento\Framework\Event;

/** Stub of the framework interface. */
interface ObserverInterface
{
    /**
     * @return void
     */
    public function execute(Observer $observer);
}
