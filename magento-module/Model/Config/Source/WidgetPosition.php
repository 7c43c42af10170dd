<?php

declare(strict_types=1);

namespace Verity\Assistant\Model\Config\Source;

use Magento\Framework\Data\OptionSourceInterface;

class WidgetPosition implements OptionSourceInterface
{
    /**
     * @return list<array{value: string, label: \Magento\Framework\Phrase}>
     */
    public function toOptionArray(): array
    {
        return [
            ['value' => 'right', 'label' => __('Bottom right')],
            ['value' => 'left', 'label' => __('Bottom left')],
        ];
    }
}
