<?php

declare(strict_types=1);

namespace Verity\Assistant\Test\Unit\Cron;

use Magento\Framework\Stdlib\DateTime\DateTime;
use PHPUnit\Framework\TestCase;
use Psr\Log\LoggerInterface;
use Verity\Assistant\Cron\SendQueuedNotifications;
use Verity\Assistant\Model\Notifier\NotificationQueueInterface;
use Verity\Assistant\Model\Notifier\QueuedNotification;
use Verity\Assistant\Model\Notifier\RetryPolicy;
use Verity\Assistant\Model\Sidecar\SidecarClient;
use Verity\Assistant\Model\Sidecar\SidecarRequestException;

final class SendQueuedNotificationsTest extends TestCase
{
    private const NOW = 1_700_000_000;
    private const PATH = '/api/webhooks/catalog';

    public function testRowsOfTheSameEventAreMergedAndRemovedOnceSent(): void
    {
        $queue = $this->queue([
            $this->row(1, ['A'], 'stock_change', 0),
            $this->row(2, ['B', 'A'], 'stock_change', 0),
            $this->row(3, ['C'], 'product_save', 2),
        ]);
        $sent = [];
        $client = $this->client(static function (string $path, array $payload) use (&$sent): array {
            $sent[] = $payload;
            return [];
        });
        $removed = [];
        $queue->method('remove')->willReturnCallback(static function (int $id) use (&$removed): void {
            $removed[] = $id;
        });
        $queue->expects(self::never())->method('recordFailure');

        $this->cron($queue, $client)->execute();

        self::assertSame([
            ['skus' => ['A', 'B'], 'event' => 'stock_change'],
            ['skus' => ['C'], 'event' => 'product_save'],
        ], $sent);
        self::assertSame([1, 2, 3], $removed);
    }

    public function testRequestsStayWithin500Skus(): void
    {
        $skus = static fn (int $from, int $count): array => array_map(static fn (int $i): string => "S$i", range($from, $from + $count - 1));
        $queue = $this->queue([
            $this->row(1, $skus(1, 300), 'product_save', 1),
            $this->row(2, $skus(301, 300), 'product_save', 1),
        ]);
        $sizes = [];
        $client = $this->client(static function (string $path, array $payload) use (&$sizes): array {
            $sizes[] = count($payload['skus']);
            return [];
        });

        $this->cron($queue, $client)->execute();

        self::assertSame([300, 300], $sizes);
    }

    public function testAFailedRequestReschedulesEachOfItsRowsAndTheOthersStillGo(): void
    {
        $queue = $this->queue([
            $this->row(1, ['A'], 'product_save', 0),
            $this->row(2, ['B'], 'product_save', 11),
            $this->row(3, ['C'], 'stock_change', 3),
        ]);
        $client = $this->client(static function (string $path, array $payload): array {
            if ($payload['event'] === 'product_save') {
                throw new SidecarRequestException('HTTP 502');
            }
            return [];
        });
        $failures = [];
        $queue->method('recordFailure')->willReturnCallback(
            static function (int $id, int $attempts, ?int $next, string $error) use (&$failures): void {
                $failures[] = [$id, $attempts, $next, $error];
            }
        );
        $queue->expects(self::once())->method('remove')->with(3);

        $this->cron($queue, $client)->execute();

        self::assertSame([
            [1, 1, self::NOW + 300, 'HTTP 502'],
            [2, 12, null, 'HTTP 502'],
        ], $failures);
    }

    /**
     * @param list<string> $skus
     */
    private function row(int $id, array $skus, string $event, int $attempts): QueuedNotification
    {
        return new QueuedNotification($id, self::PATH, ['skus' => $skus, 'event' => $event], $attempts);
    }

    /**
     * @param list<QueuedNotification> $rows
     * @return NotificationQueueInterface&\PHPUnit\Framework\MockObject\MockObject
     */
    private function queue(array $rows): NotificationQueueInterface
    {
        $queue = $this->createMock(NotificationQueueInterface::class);
        $queue->method('fetchDue')->with(self::NOW, 1000)->willReturn($rows);
        return $queue;
    }

    private function client(callable $post): SidecarClient
    {
        $client = $this->createMock(SidecarClient::class);
        $client->method('isConfigured')->willReturn(true);
        $client->method('post')->willReturnCallback($post);
        return $client;
    }

    private function cron(NotificationQueueInterface $queue, SidecarClient $client): SendQueuedNotifications
    {
        $clock = $this->createMock(DateTime::class);
        $clock->method('gmtTimestamp')->willReturn(self::NOW);
        return new SendQueuedNotifications($queue, $client, new RetryPolicy(), $clock, $this->createMock(LoggerInterface::class));
    }
}
