<?php

declare(strict_types=1);

namespace Magento\Csp\Api;

/** Stub of the framework interface. */
interface PolicyCollectorInterface
{
    /**
     * @param \Magento\Csp\Api\Data\PolicyInterface[] $defaultPolicies
     * @return \Magento\Csp\Api\Data\PolicyInterface[]
     */
    public function collect(array $defaultPolicies = []): array;
}
