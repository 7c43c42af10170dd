<?php

declare(strict_types=1);

namespace Verity\Assistant\Block\Adminhtml\Form\Field;

use Magento\Config\Block\System\Config\Form\Field\FieldArray\AbstractFieldArray;

/**
 * The dynamic-rows grid of Stores > Configuration > Verity > Courtesy coupons. Every cell posts a
 * string; Model\Config\Backend\CouponRules validates the rows on save.
 */
class CouponRules extends AbstractFieldArray
{
    /** Column => [label, required]. */
    private const COLUMNS = [
        'coupon_code' => ['Coupon code (of a cart price rule)', true],
        'reasons' => ['Reasons: late, not_received, damaged, defective, wrong_size, changed_mind', true],
        'max_per_customer' => ['Max per customer per period (empty = 1)', false],
    ];

    protected function _prepareToRender(): void
    {
        foreach (self::COLUMNS as $name => [$label, $required]) {
            $this->addColumn($name, [
                'label' => __($label),
                'class' => $required ? 'required-entry' : '',
                'style' => $name === 'reasons' ? 'width:240px' : 'width:120px',
            ]);
        }
        $this->_addAfter = false;
        $this->_addButtonLabel = __('Add coupon');
    }
}
