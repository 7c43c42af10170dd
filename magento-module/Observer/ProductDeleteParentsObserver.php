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
 * catalog_product_delete_before: a deleted option of a configurable product changes the parent's document
 * (its colours, sizes, price and stock), and the link to the parent is deleted with the product, so the
 * parents are looked up now. They are only queued: the queue row is written in the delete's transaction,
 * so it disappears if the delete is rolled back, and no request is made while the delete holds its locks.
 * The cron sends it after the commit. Never throws.
 */
class ProductDeleteParentsObserver implements ObserverInterface
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
            $parents = $this->affectedSkus->configurableParentSkus([(int) $product->getId()]);
            $this->notifier->schedule($parents, ChangeNotifierInterface::EVENT_PRODUCT_SAVE);
        } catch (\Throwable $e) {
            $this->logger->error('Verity: could not queue the parents of a deleted product.', ['exception' => $e]);
        }
    }
}
