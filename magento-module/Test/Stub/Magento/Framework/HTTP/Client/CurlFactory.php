<?php

declare(strict_types=1);

namespace Magento\Framework\HTTP\Client;

/** Stub of the generated factory. */
class CurlFactory
{
    /**
     * @param array<string, mixed> $data
     */
    public function create(array $data = []): Curl
    {
        return new Curl();
    }
}
