<?php

declare(strict_types=1);

namespace Magento\Catalog\Model;

use Magento\Framework\DataObject;

/** Stub of the product model: current data and the data as loaded (orig_data). */
class Product extends DataObject
{
    /** @var array<string, mixed> */
    private array $origData = [];

    public function getId()
    {
        return $this->getData('entity_id');
    }

    public function getSku()
    {
        return $this->getData('sku');
    }

    public function setOrigData($key = null, $data = null)
    {
        $this->origData[$key] = $data;
        return $this;
    }

    public function getOrigData($key = null)
    {
        return $key === null ? $this->origData : ($this->origData[$key] ?? null);
    }
}
