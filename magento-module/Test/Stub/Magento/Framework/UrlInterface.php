<?php

declare(strict_types=1);

namespace Magento\Framework;

/** Stub of the framework interface (the part the module uses). */
interface UrlInterface
{
    /**
     * @return string
     */
    public function getUrl($routePath = null, $routeParams = null);
}
