<?php

declare(strict_types=1);

namespace Magento\Framework\HTTP\Client;

/** Stub of Magento's curl client (the methods the module calls); tests replace it with mocks. */
class Curl
{
    public function setTimeout($value)
    {
    }

    public function addHeader($name, $value)
    {
    }

    public function post($uri, $params)
    {
    }

    public function getStatus()
    {
        return 0;
    }

    public function getBody()
    {
        return '';
    }
}
