<?php

declare(strict_types=1);

namespace Magento\Framework\View\Element\Block;

/** Stub of the view-model marker interface. */
interface ArgumentInterface
{
}
