<?php

declare(strict_types=1);

namespace Magento\Catalog\Helper;

/** Stub of the catalog helper: the current product and category (from the registry in Magento). */
class Data
{
    public function __construct(private readonly mixed $product = null, private readonly mixed $category = null)
    {
    }

    public function getProduct()
    {
        return $this->product;
    }

    public function getCategory()
    {
        return $this->category;
    }
}
