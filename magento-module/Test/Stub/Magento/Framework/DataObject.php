<?php

declare(strict_types=1);

namespace Magento\Framework;

/** Stub of Magento's DataObject: an array with magic getFooBar()/setFooBar() accessors. */
class DataObject
{
    /**
     * @param array<string, mixed> $data
     */
    public function __construct(protected array $_data = [])
    {
    }

    public function getData(?string $key = null): mixed
    {
        return $key === null ? $this->_data : ($this->_data[$key] ?? null);
    }

    public function setData(string $key, mixed $value): static
    {
        $this->_data[$key] = $value;
        return $this;
    }

    /**
     * @param array<int, mixed> $arguments
     */
    public function __call(string $method, array $arguments): mixed
    {
        $key = strtolower((string) preg_replace('/(?<!^)[A-Z]/', '_$0', substr($method, 3)));
        return match (substr($method, 0, 3)) {
            'get' => $this->getData($key),
            'set' => $this->setData($key, $arguments[0] ?? null),
            default => throw new \BadMethodCallException($method),
        };
    }
}
