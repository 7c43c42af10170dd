<?php

declare(strict_types=1);

namespace Verity\Assistant\Api;

/**
 * Tells the Verity sidecar that catalog data changed so it reindexes those SKUs.
 *
 * @api
 */
interface ChangeNotifierInterface
{
    public const EVENT_PRODUCT_SAVE = 'product_save';
    public const EVENT_STOCK_CHANGE = 'stock_change';

    /**
     * Sends the SKUs now; when that fails the notification is queued and retried by cron.
     * Never throws: callers run inside admin saves.
     *
     * @param string[] $skus
     * @param string $event
     * @return void
     */
    public function notify(array $skus, string $event): void;
}
