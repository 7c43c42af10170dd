<?php

declare(strict_types=1);

namespace Verity\Assistant\Model\Notifier;

use Magento\Framework\Stdlib\DateTime\DateTime;
use Psr\Log\LoggerInterface;
use Verity\Assistant\Api\ChangeNotifierInterface;
use Verity\Assistant\Model\Config;
use Verity\Assistant\Model\Sidecar\SidecarClient;

/**
 * POSTs {"skus": [...], "event": "..."} to {sidecar}/api/webhooks/catalog. notify() runs inside admin
 * saves, so it waits at most the configured timeout and queues what failed for the retry cron;
 * schedule() only queues. Neither ever throws.
 */
class ChangeNotifier implements ChangeNotifierInterface
{
    public const PATH = '/api/webhooks/catalog';
    /** SKUs per request, so a mass update stays within the sidecar's request limits. */
    public const MAX_SKUS_PER_REQUEST = 500;

    public function __construct(
        private readonly SidecarClient $client,
        private readonly NotificationQueueInterface $queue,
        private readonly RetryPolicy $retryPolicy,
        private readonly Config $config,
        private readonly DateTime $clock,
        private readonly LoggerInterface $logger
    ) {
    }

    public function notify(array $skus, string $event): void
    {
        $this->forEachBatch($skus, $event, function (array $payload): void {
            try {
                $this->client->post(self::PATH, $payload, $this->config->getNotifyTimeout());
            } catch (\Throwable $e) {
                $this->logger->warning('Verity: change notification failed; queued for retry.', [
                    'skus' => count($payload['skus']),
                    'error' => $e->getMessage(),
                ]);
                $now = $this->clock->gmtTimestamp();
                $this->queue->enqueue(self::PATH, $payload, 1, (int) $this->retryPolicy->nextAttemptAt(1, $now), $e->getMessage());
            }
        });
    }

    public function schedule(array $skus, string $event): void
    {
        $this->forEachBatch($skus, $event, function (array $payload): void {
            $this->queue->enqueue(self::PATH, $payload, 0, $this->clock->gmtTimestamp(), '');
        });
    }

    /**
     * Distinct non-empty SKUs in batches; nothing when the sidecar is not configured; never throws.
     *
     * @param array<mixed> $skus
     * @param callable(array{skus: list<string>, event: string}): void $send
     */
    private function forEachBatch(array $skus, string $event, callable $send): void
    {
        try {
            $skus = array_values(array_unique(array_filter(
                array_map(static fn (mixed $sku): string => trim((string) $sku), $skus),
                static fn (string $sku): bool => $sku !== ''
            )));
            if ($skus === [] || !$this->client->isConfigured()) {
                return;
            }
            foreach (array_chunk($skus, self::MAX_SKUS_PER_REQUEST) as $batch) {
                $send(['skus' => $batch, 'event' => $event]);
            }
        } catch (\Throwable $e) {
            $this->logger->error('Verity: change notification could not be sent or queued.', [
                'event' => $event,
                'exception' => $e,
            ]);
        }
    }
}
