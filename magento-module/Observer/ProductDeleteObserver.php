<?php

declare(strict_types=1);

namespace Verity\Assistant\Observer;

use Magento\Catalog\Model\Product;
use Magento\Framework\Event\Observer;
use Magento\Framework\Event\ObserverInterface;
use Psr\Log\LoggerInterface;
use Verity\Assistant\Api\ChangeNotifierInterface;

/**
 * catalog_product_delete_after_done: the product is gone, so the sidecar drops it from the index
 * instead of answering about something the store no longer sells. Never throws.
 */
class ProductDeleteObserver implements ObserverInterface
{
    public function __construct(
        private readonly ChangeNotifierInterface $notifier,
        private readonly LoggerInterface $logger
    ) {
    }

    public function execute(Observer $observer): void
    {
        try {
            $product = $observer->getEvent()->getData('product');
            if (!$product instanceof Product) {
                return;
            }
            $this->notifier->notify([(string) $product->getSku()], ChangeNotifierInterface::EVENT_PRODUCT_DELETE);
        } catch (\Throwable $e) {
            $this->logger->error('Verity: product delete notification failed.', ['exception' => $e]);
        }
    }
}
