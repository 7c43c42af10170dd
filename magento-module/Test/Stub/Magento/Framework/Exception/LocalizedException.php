<?php

declare(strict_types=1);

namespace Magento\Framework\Exception;

use Magento\Framework\Phrase;

/** Stub of Magento's exception whose message an admin or API client sees. */
class LocalizedException extends \Exception
{
    public function __construct(Phrase $phrase, ?\Exception $cause = null, int $code = 0)
    {
        parent::__construct($phrase->render(), $code, $cause);
    }
}
