<?php

declare(strict_types=1);

namespace Verity\Assistant\Block\Adminhtml\Form\Field;

use Magento\Config\Block\System\Config\Form\Field\FieldArray\AbstractFieldArray;

/**
 * The dynamic-rows grid of Stores > Configuration > Verity > Policy rules. Every cell posts a string;
 * Model\Config\Backend\PolicyRules validates the rows on save.
 */
class PolicyRules extends AbstractFieldArray
{
    /** Column => [label, required]; optional cells mean "all" / "none" when empty. */
    private const COLUMNS = [
        'category_id' => ['Category ID (empty = all)', false],
        'channel' => ['Channel: web, marketplace, retail (empty = all)', false],
        'return_window_days' => ['Return window (days)', true],
        'return_shipping_fee' => ['Return shipping fee', true],
        'restocking_fee_percent' => ['Restocking fee (%)', true],
        'final_sale' => ['Final sale (1/0)', true],
        'exchange_allowed' => ['Exchange allowed (1/0)', true],
        'warranty_months' => ['Warranty (months)', true],
        'price_match' => ['Price match (1/0)', true],
        'price_match_exclusions' => ['Price-match exclusions (comma-separated)', false],
        'free_shipping_threshold' => ['Free shipping from (empty = never)', false],
        'delivery_ranges' => ['Delivery ranges, e.g. flatrate:3-5, express:1-2', false],
    ];

    protected function _prepareToRender(): void
    {
        foreach (self::COLUMNS as $name => [$label, $required]) {
            $this->addColumn($name, [
                'label' => __($label),
                'class' => $required ? 'required-entry' : '',
                'style' => 'width:90px',
            ]);
        }
        $this->_addAfter = false;
        $this->_addButtonLabel = __('Add rule');
    }
}
