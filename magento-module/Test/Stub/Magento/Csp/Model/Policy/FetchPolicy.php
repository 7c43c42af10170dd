<?php

declare(strict_types=1);

namespace Magento\Csp\Model\Policy;

use Magento\Csp\Api\Data\PolicyInterface;

/** Stub of Magento's fetch directive policy (id, none allowed, host sources). */
class FetchPolicy implements PolicyInterface
{
    /**
     * @param string[] $hostSources
     */
    public function __construct(
        private readonly string $id,
        private readonly bool $noneAllowed = true,
        private readonly array $hostSources = []
    ) {
    }

    public function getId(): string
    {
        return $this->id;
    }

    public function isNoneAllowed(): bool
    {
        return $this->noneAllowed;
    }

    /**
     * @return string[]
     */
    public function getHostSources(): array
    {
        return $this->hostSources;
    }
}
