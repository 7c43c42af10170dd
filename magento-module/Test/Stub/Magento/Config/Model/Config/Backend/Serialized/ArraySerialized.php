<?php

declare(strict_types=1);

namespace Magento\Config\Model\Config\Backend\Serialized;

use Magento\Framework\App\Config\Value;

/** Stub: drops the grid's "__empty" marker and stores the rows as JSON, like Magento. */
class ArraySerialized extends Value
{
    public function beforeSave()
    {
        $value = $this->getValue();
        if (is_array($value)) {
            unset($value['__empty']);
            $this->setValue(json_encode($value, JSON_THROW_ON_ERROR));
        }
        return parent::beforeSave();
    }
}
