<?php

declare(strict_types=1);

namespace Verity\Assistant\Cron;

use Magento\Framework\Stdlib\DateTime\DateTime;
use Psr\Log\LoggerInterface;
use Verity\Assistant\Model\Notifier\ChangeNotifier;
use Verity\Assistant\Model\Notifier\NotificationQueueInterface;
use Verity\Assistant\Model\Notifier\QueuedNotification;
use Verity\Assistant\Model\Notifier\RetryPolicy;
use Verity\Assistant\Model\Sidecar\SidecarClient;

/**
 * Sends queued sidecar notifications that are due (etc/crontab.xml, every 5 minutes): deferred ones
 * (stock changes from checkout) and failed ones. Due rows of the same event are merged into requests
 * of up to 500 SKUs, so a busy store sends a few requests, not one per order line. One failed request
 * never stops the others; the sidecar's reindex is idempotent, so a repeat is harmless.
 */
class SendQueuedNotifications
{
    private const ROWS_PER_RUN = 1000;
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
        foreach ($this->requests($this->queue->fetchDue($now, self::ROWS_PER_RUN)) as [$path, $payload, $rows]) {
            try {
                $this->client->post($path, $payload, self::TIMEOUT);
                foreach ($rows as $row) {
                    $this->queue->remove($row->id);
                }
            } catch (\Throwable $e) {
                foreach ($rows as $row) {
                    $attempts = $row->attempts + 1;
                    $next = $this->retryPolicy->nextAttemptAt($attempts, $now);
                    $this->queue->recordFailure($row->id, $attempts, $next, $e->getMessage());
                    if ($next === null) {
                        $this->logger->warning('Verity: giving up on a change notification after the last retry.', [
                            'notification_id' => $row->id,
                            'error' => $e->getMessage(),
                        ]);
                    }
                }
                $this->logger->warning('Verity: queued change notification failed.', [
                    'rows' => count($rows),
                    'error' => $e->getMessage(),
                ]);
            }
        }
    }

    /**
     * Merges rows with the same path and event into requests of at most
     * ChangeNotifier::MAX_SKUS_PER_REQUEST SKUs; a row whose payload is not a SKU list is sent as it is.
     *
     * @param list<QueuedNotification> $rows
     * @return list<array{string, array<string, mixed>, list<QueuedNotification>}>
     */
    private function requests(array $rows): array
    {
        $requests = [];
        $open = [];
        foreach ($rows as $row) {
            $skus = $row->payload['skus'] ?? null;
            $event = $row->payload['event'] ?? null;
            if (!is_array($skus) || !is_string($event) || count($row->payload) !== 2) {
                $requests[] = [$row->path, $row->payload, [$row]];
                continue;
            }
            $key = $row->path . "\n" . $event;
            if (isset($open[$key]) && count($open[$key]['skus']) + count($skus) > ChangeNotifier::MAX_SKUS_PER_REQUEST) {
                $requests[] = $this->close($open[$key]);
                unset($open[$key]);
            }
            $open[$key] ??= ['path' => $row->path, 'event' => $event, 'skus' => [], 'rows' => []];
            $open[$key]['skus'] = array_values(array_unique(array_merge($open[$key]['skus'], $skus)));
            $open[$key]['rows'][] = $row;
        }
        foreach ($open as $group) {
            $requests[] = $this->close($group);
        }
        return $requests;
    }

    /**
     * @param array{path: string, event: string, skus: list<string>, rows: list<QueuedNotification>} $group
     * @return array{string, array<string, mixed>, list<QueuedNotification>}
     */
    private function close(array $group): array
    {
        return [$group['path'], ['skus' => $group['skus'], 'event' => $group['event']], $group['rows']];
    }
}
