<?php

declare(strict_types=1);

namespace Magento\Framework\App\Request;

/** Stub of the storefront HTTP request: the layout's full action name and request parameters. */
class Http
{
    /**
     * @param array<string, mixed> $params
     */
    public function __construct(private readonly string $fullActionName = '', private readonly array $params = [])
    {
    }

    public function getFullActionName($delimiter = '_')
    {
        return $this->fullActionName;
    }

    public function getParam($key, $defaultValue = null)
    {
        return $this->params[$key] ?? $defaultValue;
    }
}
