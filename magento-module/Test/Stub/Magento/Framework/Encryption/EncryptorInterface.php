<?php

declare(strict_types=1);

namespace Magento\Framework\Encryption;

/** Stub of the framework interface (the part the module uses). */
interface EncryptorInterface
{
    /**
     * @param string $data
     * @return string
     */
    public function decrypt($data);
}
