<?php

declare(strict_types=1);

namespace Verity\Assistant\Model\Privacy;

use Magento\Framework\Stdlib\DateTime\DateTime;
use Psr\Log\LoggerInterface;
use Verity\Assistant\Api\CustomerDataEraserInterface;
use Verity\Assistant\Model\Config;
use Verity\Assistant\Model\Notifier\NotificationQueueInterface;
use Verity\Assistant\Model\Notifier\RetryPolicy;
use Verity\Assistant\Model\Sidecar\SidecarClient;

/**
 * POSTs {"event": "customer.deleted", "customer_id": …, "email": …} to the sidecar. A failed request is
 * queued in the same retry queue as catalog notifications, so an erasure is never lost to an outage.
 */
class CustomerDataEraser implements CustomerDataEraserInterface
{
    public function __construct(
        private readonly SidecarClient $client,
        private readonly NotificationQueueInterface $queue,
        private readonly RetryPolicy $retryPolicy,
        private readonly Config $config,
        private readonly DateTime $clock,
        private readonly LoggerInterface $logger
    ) {
    }

    public function erase(int $customerId, string $email): void
    {
        if ($customerId <= 0 || !$this->client->isConfigured()) {
            return;
        }
        $payload = ['event' => 'customer.deleted', 'customer_id' => $customerId, 'email' => strtolower(trim($email))];
        try {
            $this->client->post(self::PATH, $payload, $this->config->getNotifyTimeout());
        } catch (\Throwable $e) {
            try {
                $this->logger->warning('Verity: customer erasure request failed; queued for retry.', [
                    'customer_id' => $customerId,
                    'error' => $e->getMessage(),
                ]);
                $now = $this->clock->gmtTimestamp();
                $this->queue->enqueue(self::PATH, $payload, 1, (int) $this->retryPolicy->nextAttemptAt(1, $now), $e->getMessage());
            } catch (\Throwable $queueFailure) {
                $this->logger->error('Verity: customer erasure request could not be sent or queued.', [
                    'customer_id' => $customerId,
                    'exception' => $queueFailure,
                ]);
            }
        }
    }
}
