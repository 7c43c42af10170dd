<?php

declare(strict_types=1);

namespace Magento\Store\Api\Data;

/** Stub of the framework interface (the part the module uses). */
interface WebsiteInterface
{
    public function getId();

    public function getCode();
}
