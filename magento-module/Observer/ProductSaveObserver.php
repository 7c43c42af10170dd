<?php

declare(strict_types=1);

namespace Verity\Assistant\Observer;

use Magento\Catalog\Model\Product;
use Magento\Framework\Event\Observer;
use Magento\Framework\Event\ObserverInterface;
use Psr\Log\LoggerInterface;
use Verity\Assistant\Api\ChangeNotifierInterface;

/**
 * catalog_product_save_commit_after: after the transaction commits (so the sidecar reads the new data),
 * tell it which SKU changed; a renamed SKU reports the old one too so the stale entry is dropped.
 * Never throws: a notification problem must not break an admin save.
 */
class ProductSaveObserver implements ObserverInterface
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
            $skus = [(string) $product->getSku(), (string) $product->getOrigData('sku')];
            $this->notifier->notify($skus, ChangeNotifierInterface::EVENT_PRODUCT_SAVE);
        } catch (\Throwable $e) {
            $this->logger->error('Verity: product save notification failed.', ['exception' => $e]);
        }
    }
}
