<?php

declare(strict_types=1);

namespace Magento\Framework\App\Config;

use Magento\Framework\DataObject;

/** Stub of the config backend model base (value, path, field_config; beforeSave hook). */
class Value extends DataObject
{
    public function getValue(): mixed
    {
        return $this->getData('value');
    }

    public function setValue(mixed $value): static
    {
        return $this->setData('value', $value);
    }

    public function getPath(): ?string
    {
        return $this->getData('path');
    }

    public function beforeSave()
    {
        return $this;
    }
}
