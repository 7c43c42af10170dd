<?php

declare(strict_types=1);

namespace Verity\Assistant\Model\Config\Backend;

use Magento\Framework\App\Config\Value;
use Magento\Framework\Exception\LocalizedException;
use Verity\Assistant\Model\Validation\ValueParser;

/**
 * The sidecar's base URL: https (http only for localhost), no query, stored without a trailing slash.
 */
class SidecarUrl extends Value
{
    /**
     * @throws LocalizedException
     */
    public function beforeSave()
    {
        $raw = trim((string) $this->getValue());
        if ($raw !== '') {
            $url = (new ValueParser())->parseSidecarUrl($raw);
            if ($url === null) {
                throw new LocalizedException(__(
                    'Sidecar URL: enter an https:// address without query string (http:// only for localhost).'
                ));
            }
            $this->setValue($url);
        }
        return parent::beforeSave();
    }
}
