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
    public const EVENT_PRODUCT_DELETE = 'product_delete';

    /**
     * Sends the SKUs now; when that fails the notification is queued and retried by cron.
     * Never throws: callers run inside admin saves.
     *
     * @param string[] $skus
     * @param string $event
     * @return void
     */
    public function notify(array $skus, string $event): void;

    /**
     * Queues the SKUs for the next cron run (within 5 minutes) without any network call: for changes
     * that happen on the storefront, such as stock deducted at checkout, where no request may wait.
     * Never throws.
     *
     * @param string[] $skus
     * @param string $event
     * @return void
     */
    public function schedule(array $skus, string $event): void;
}
