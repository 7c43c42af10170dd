<?php

declare(strict_types=1);

namespace Magento\Framework\Stdlib\DateTime;

/** Stub of Magento's clock (the part the module uses). */
class DateTime
{
    /**
     * @return int Unix seconds
     */
    public function gmtTimestamp($input = null)
    {
        return time();
    }
}
