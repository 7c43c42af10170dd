<?php

declare(strict_types=1);

namespace Verity\Assistant\Test\Unit\Cron;

use Magento\Framework\Stdlib\DateTime\DateTime;
use PHPUnit\Framework\TestCase;
use Psr\Log\LoggerInterface;
use Verity\Assistant\Cron\RetryFailedNotifications;
use Verity\Assistant\Model\Notifier\NotificationQueueInterface;
use Verity\Assistant\Model\Notifier\QueuedNotification;
use Verity\Assistant\Model\Notifier\RetryPolicy;
use Verity\Assistant\Model\Sidecar\SidecarClient;
use Verity\Assistant\Model\Sidecar\SidecarRequestException;

final class RetryFailedNotificationsTest extends TestCase
{
    private const NOW = 1_700_000_000;

    public function testSentNotificationsAreRemovedAndFailuresRescheduledWithoutStoppingTheRest(): void
    {
        $queue = $this->createMock(NotificationQueueInterface::class);
        $queue->method('fetchDue')->with(self::NOW, 100)->willReturn([
            new QueuedNotification(1, '/api/webhooks/catalog', ['skus' => ['A'], 'event' => 'product_save'], 1),
            new QueuedNotification(2, '/api/webhooks/catalog', ['skus' => ['B'], 'event' => 'product_save'], 3),
            new QueuedNotification(3, '/api/webhooks/catalog', ['skus' => ['C'], 'event' => 'product_save'], 11),
        ]);
        $client = $this->createMock(SidecarClient::class);
        $client->method('isConfigured')->willReturn(true);
        $client->method('post')->willReturnCallback(static function (string $path, array $payload): array {
            if ($payload['skus'] !== ['A']) {
                throw new SidecarRequestException('HTTP 502');
            }
            return [];
        });
        $queue->expects(self::once())->method('remove')->with(1);
        $failures = [];
        $queue->method('recordFailure')->willReturnCallback(
            static function (int $id, int $attempts, ?int $next, string $error) use (&$failures): void {
                $failures[] = [$id, $attempts, $next, $error];
            }
        );
        $clock = $this->createMock(DateTime::class);
        $clock->method('gmtTimestamp')->willReturn(self::NOW);

        (new RetryFailedNotifications($queue, $client, new RetryPolicy(), $clock, $this->createMock(LoggerInterface::class)))
            ->execute();

        self::assertSame([
            [2, 4, self::NOW + 2400, 'HTTP 502'],
            [3, 12, null, 'HTTP 502'],
        ], $failures);
    }
}
