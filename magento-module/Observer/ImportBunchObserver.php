<?php

declare(strict_types=1);

namespace Verity\Assistant\Observer;

use Magento\Framework\Event\Observer;
use Magento\Framework\Event\ObserverInterface;
use Psr\Log\LoggerInterface;
use Verity\Assistant\Model\Notifier\ImportedProducts;

/**
 * catalog_product_import_bunch_save_after and catalog_product_import_bunch_delete_after: records the SKUs
 * of each bunch of a product import; ImportFinishObserver queues them when the import is done. Never
 * throws: a notification problem must not break an import.
 */
class ImportBunchObserver implements ObserverInterface
{
    public const EVENT_BUNCH_SAVED = 'catalog_product_import_bunch_save_after';
    public const EVENT_BUNCH_DELETED = 'catalog_product_import_bunch_delete_after';

    public function __construct(
        private readonly ImportedProducts $imported,
        private readonly LoggerInterface $logger
    ) {
    }

    public function execute(Observer $observer): void
    {
        try {
            $event = $observer->getEvent();
            $bunch = $event->getData('bunch');
            if (!is_array($bunch)) {
                return;
            }
            match ($event->getName()) {
                self::EVENT_BUNCH_SAVED => $this->imported->addSaved($bunch),
                self::EVENT_BUNCH_DELETED => $this->imported->addDeleted($bunch),
                default => null,
            };
        } catch (\Throwable $e) {
            $this->logger->error('Verity: could not record imported products.', ['exception' => $e]);
        }
    }
}
