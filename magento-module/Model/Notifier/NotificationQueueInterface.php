<?php

declare(strict_types=1);

namespace Verity\Assistant\Model\Notifier;

/**
 * Failed sidecar notifications, kept until a retry succeeds or the retry policy gives up.
 */
interface NotificationQueueInterface
{
    /**
     * @param array<string, mixed> $payload
     * @param int $attempts attempts already made (0 = deferred, never tried)
     * @param int $nextAttemptAt Unix seconds
     * @param string $error why the last attempt failed; "" when deferred
     */
    public function enqueue(string $path, array $payload, int $attempts, int $nextAttemptAt, string $error): void;

    /**
     * Notifications due at $now (Unix seconds), oldest first.
     *
     * @return list<QueuedNotification>
     */
    public function fetchDue(int $now, int $limit): array;

    public function remove(int $id): void;

    /**
     * Records a failed retry; $nextAttemptAt null = give up (the row stays, for the admin to inspect).
     */
    public function recordFailure(int $id, int $attempts, ?int $nextAttemptAt, string $error): void;
}
