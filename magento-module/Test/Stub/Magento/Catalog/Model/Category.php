<?php

declare(strict_types=1);

namespace Magento\Catalog\Model;

use Magento\Framework\DataObject;

/** Stub of the category model. */
class Category extends DataObject
{
    public function getId()
    {
        return $this->getData('entity_id');
    }
}
