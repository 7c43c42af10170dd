<?php

declare(strict_types=1);

namespace Magento\Framework\View\Asset;

/** Stub of the static asset repository (the part the module uses). */
class Repository
{
    /**
     * @param array<string, mixed> $params
     */
    public function getUrl($fileId, array $params = [])
    {
        return '/static/' . str_replace('::', '/', $fileId);
    }
}
