<?php

declare(strict_types=1);

namespace Verity\Assistant\Observer;

use Magento\Catalog\Model\Product;
use Magento\Framework\Event\Observer;
use Magento\Framework\Event\ObserverInterface;
use Psr\Log\LoggerInterface;
use Verity\Assistant\Api\ChangeNotifierInterface;
use Verity\Assistant\Model\Notifier\AffectedSkus;

/**
 * catalog_product_save_commit_after: after the transaction commits (so the sidecar reads the new data),
 * tell it which SKUs to reindex: the product and the configurable products it is an option of. A renamed
 * product's old SKU is queued as deleted, because the sidecar can no longer read a product by it (an
 * upsert of that SKU would fail and leave its document behind); queued, so a save still makes one
 * request at most. Never throws: a notification problem must not break an admin save.
 */
class ProductSaveObserver implements ObserverInterface
{
    public function __construct(
        private readonly ChangeNotifierInterface $notifier,
        private readonly AffectedSkus $affectedSkus,
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
            $sku = (string) $product->getSku();
            $oldSku = (string) $product->getOrigData('sku');
            if ($oldSku !== '' && $oldSku !== $sku) {
                $this->notifier->schedule([$oldSku], ChangeNotifierInterface::EVENT_PRODUCT_DELETE);
            }
            $parents = $this->affectedSkus->configurableParentSkus([(int) $product->getId()]);
            $this->notifier->notify([$sku, ...$parents], ChangeNotifierInterface::EVENT_PRODUCT_SAVE);
        } catch (\Throwable $e) {
            $this->logger->error('Verity: product save notification failed.', ['exception' => $e]);
        }
    }
}
