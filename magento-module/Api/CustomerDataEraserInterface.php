<?php

declare(strict_types=1);

namespace Verity\Assistant\Api;

/**
 * Asks Verity to erase everything it holds about a customer (conversations, messages, tickets,
 * uploads; the personal fields of its audit entries).
 *
 * @api
 */
interface CustomerDataEraserInterface
{
    /** The sidecar route the erasure request is sent to (signed with the shared secret). */
    public const PATH = '/api/webhooks/customer-deleted';

    /**
     * Sends the request now, or queues it for the retry cron when the sidecar cannot be reached. Never throws.
     */
    public function erase(int $customerId, string $email): void;
}
