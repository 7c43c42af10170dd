<?php

declare(strict_types=1);

namespace Verity\Assistant\Observer;

use Magento\Framework\Event\Observer;
use Magento\Framework\Event\ObserverInterface;
use Psr\Log\LoggerInterface;
use Verity\Assistant\Api\ChangeNotifierInterface;
use Verity\Assistant\Model\Notifier\AffectedSkus;
use Verity\Assistant\Model\Notifier\ImportedProducts;

/**
 * catalog_product_import_finish_before: every bunch, the configurable links and the stock are saved, so
 * queue what the import changed: deleted SKUs, and the saved SKUs with the configurable products they
 * are options of. Only queued (the cron sends them within 5 minutes in requests of up to 500 SKUs): an
 * import may touch tens of thousands of products and must not wait on the sidecar. Never throws.
 */
class ImportFinishObserver implements ObserverInterface
{
    public function __construct(
        private readonly ImportedProducts $imported,
        private readonly ChangeNotifierInterface $notifier,
        private readonly AffectedSkus $affectedSkus,
        private readonly LoggerInterface $logger
    ) {
    }

    public function execute(Observer $observer): void
    {
        try {
            $taken = $this->imported->take();
            if ($taken['deleted'] !== []) {
                $this->notifier->schedule($taken['deleted'], ChangeNotifierInterface::EVENT_PRODUCT_DELETE);
            }
            if ($taken['saved'] !== []) {
                $this->notifier->schedule(
                    $this->affectedSkus->ofSkus($taken['saved']),
                    ChangeNotifierInterface::EVENT_PRODUCT_SAVE
                );
            }
        } catch (\Throwable $e) {
            $this->logger->error('Verity: could not queue the products of an import.', ['exception' => $e]);
        }
    }
}
