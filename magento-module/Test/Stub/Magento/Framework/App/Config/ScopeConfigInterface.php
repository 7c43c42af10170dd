<?php

declare(strict_types=1);

namespace Magento\Framework\App\Config;

/** Stub of the framework interface (same signatures). */
interface ScopeConfigInterface
{
    public const SCOPE_TYPE_DEFAULT = 'default';

    /**
     * @return mixed
     */
    public function getValue($path, $scopeType = self::SCOPE_TYPE_DEFAULT, $scopeCode = null);

    /**
     * @return bool
     */
    public function isSetFlag($path, $scopeType = self::SCOPE_TYPE_DEFAULT, $scopeCode = null);
}
