<?php

declare(strict_types=1);

namespace Magento\Csp\Api\Data;

/** Stub of the framework interface. */
interface PolicyInterface
{
    public function getId(): string;
}
