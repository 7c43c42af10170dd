<?php

declare(strict_types=1);

namespace Verity\Assistant\Cron;

use Magento\Framework\Stdlib\DateTime\DateTime;
use Psr\Log\LoggerInterface;
use Verity\Assistant\Model\Config;
use Verity\Assistant\Model\Notifier\NotificationQueueInterface;
use Verity\Assistant\Model\Notifier\RetryPolicy;
use Verity\Assistant\Model\Sidecar\SidecarClient;

/**
 * Resends queued sidecar notifications that are due (etc/crontab.xml, every 5 minutes). One failure
 * never stops the others; the sidecar's reindex is idempotent, so a repeat is harmless.
 */
class RetryFailedNotifications
{
    private const BATCH = 100;
    private const TIMEOUT = 10;

    public function __construct(
        private readonly NotificationQueueInterface $queue,
        private readonly SidecarClient $client,
        private readonly RetryPolicy $retryPolicy,
        private readonly DateTime $clock,
        private readonly LoggerInterface $logger
    ) {
    }

    public function execute(): void
    {
        if (!$this->client->isConfigured()) {
            return;
        }
        $now = $this->clock->gmtTimestamp();
        foreach ($this->queue->fetchDue($now, self::BATCH) as $notification) {
            try {
                $this->client->post($notification->path, $notification->payload, self::TIMEOUT);
                $this->queue->remove($notification->id);
            } catch (\Throwable $e) {
                $attempts = $notification->attempts + 1;
                $next = $this->retryPolicy->nextAttemptAt($attempts, $now);
                $this->queue->recordFailure($notification->id, $attempts, $next, $e->getMessage());
                $this->logger->warning(
                    $next === null
                        ? 'Verity: giving up on a change notification after the last retry.'
                        : 'Verity: change notification retry failed.',
                    ['notification_id' => $notification->id, 'attempts' => $attempts, 'error' => $e->getMessage()]
                );
            }
        }
    }
}
