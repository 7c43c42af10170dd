<?php

declare(strict_types=1);

namespace Verity\Assistant\Observer;

use Magento\Customer\Model\Customer;
use Magento\Framework\Event\Observer;
use Magento\Framework\Event\ObserverInterface;
use Psr\Log\LoggerInterface;
use Verity\Assistant\Api\CustomerDataEraserInterface;

/**
 * customer_delete_commit_after: the customer is gone from Magento (the delete is committed, so a rolled-back
 * delete erases nothing), so Verity erases what it holds about them. Never throws: a customer deletion
 * in the admin must not fail because the assistant is unreachable.
 */
class CustomerDeleteObserver implements ObserverInterface
{
    public function __construct(
        private readonly CustomerDataEraserInterface $eraser,
        private readonly LoggerInterface $logger
    ) {
    }

    public function execute(Observer $observer): void
    {
        try {
            $customer = $observer->getEvent()->getData('customer');
            if (!$customer instanceof Customer || !$customer->getId()) {
                return;
            }
            $this->eraser->erase((int) $customer->getId(), (string) $customer->getEmail());
        } catch (\Throwable $e) {
            $this->logger->error('Verity: customer erasure request failed.', ['exception' => $e]);
        }
    }
}
