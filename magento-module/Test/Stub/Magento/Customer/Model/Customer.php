<?php

declare(strict_types=1);

namespace Magento\Customer\Model;

use Magento\Framework\DataObject;

/** Stub of Magento's customer model: a DataObject with id and e-mail. */
class Customer extends DataObject
{
}
