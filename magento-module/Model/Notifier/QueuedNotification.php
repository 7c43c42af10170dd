<?php

declare(strict_types=1);

namespace Verity\Assistant\Model\Notifier;

/**
 * A notification that failed and waits for the retry cron.
 */
class QueuedNotification
{
    /**
     * @param array<string, mixed> $payload
     */
    public function __construct(
        public readonly int $id,
        public readonly string $path,
        public readonly array $payload,
        public readonly int $attempts
    ) {
    }
}
