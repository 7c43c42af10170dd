<?php

declare(strict_types=1);

namespace Verity\Assistant\Model\Config\Backend;

use Magento\Framework\App\Config\Value;
use Magento\Framework\Exception\LocalizedException;
use Verity\Assistant\Model\Validation\ValueParser;

/**
 * Comma-separated category ids ("41, 42" is stored as "41,42"); empty = none.
 */
class CategoryIds extends Value
{
    /**
     * @throws LocalizedException
     */
    public function beforeSave()
    {
        $ids = (new ValueParser())->parseIdList((string) $this->getValue());
        if ($ids === null) {
            throw new LocalizedException(__(
                'Excluded categories: enter category ids separated by commas (e.g. 41,42), or leave empty.'
            ));
        }
        $this->setValue(implode(',', array_unique($ids)));
        return parent::beforeSave();
    }
}
