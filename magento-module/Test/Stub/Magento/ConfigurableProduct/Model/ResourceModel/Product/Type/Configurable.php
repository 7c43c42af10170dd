<?php

declare(strict_types=1);

namespace Magento\ConfigurableProduct\Model\ResourceModel\Product\Type;

/** Stub of the configurable product type's resource model (the part the module uses). */
class Configurable
{
    /**
     * @param int|array<int> $childId
     * @return string[] entity ids of the configurable products that have these children
     */
    public function getParentIdsByChild($childId)
    {
        return [];
    }
}
