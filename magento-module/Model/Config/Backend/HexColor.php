<?php

declare(strict_types=1);

namespace Verity\Assistant\Model\Config\Backend;

use Magento\Framework\App\Config\Value;
use Magento\Framework\Exception\LocalizedException;
use Verity\Assistant\Model\Validation\ValueParser;

class HexColor extends Value
{
    /**
     * @throws LocalizedException
     */
    public function beforeSave()
    {
        $color = (new ValueParser())->parseHexColor((string) $this->getValue());
        if ($color === null) {
            throw new LocalizedException(__('Primary color: enter a colour as #rrggbb, e.g. #1f6feb.'));
        }
        $this->setValue(strtolower($color));
        return parent::beforeSave();
    }
}
