<?php

declare(strict_types=1);

namespace Verity\Assistant\Test\Unit\Model\Notifier;

use Magento\Framework\Stdlib\DateTime\DateTime;
use PHPUnit\Framework\MockObject\MockObject;
use PHPUnit\Framework\TestCase;
use Psr\Log\LoggerInterface;
use Verity\Assistant\Model\Config;
use Verity\Assistant\Model\Notifier\ChangeNotifier;
use Verity\Assistant\Model\Notifier\NotificationQueueInterface;
use Verity\Assistant\Model\Notifier\RetryPolicy;
use Verity\Assistant\Model\Sidecar\SidecarClient;
use Verity\Assistant\Model\Sidecar\SidecarRequestException;

final class ChangeNotifierTest extends TestCase
{
    private const NOW = 1_700_000_000;

    /** @var SidecarClient&MockObject */
    private SidecarClient $client;
    /** @var NotificationQueueInterface&MockObject */
    private NotificationQueueInterface $queue;
    /** @var LoggerInterface&MockObject */
    private LoggerInterface $logger;

    protected function setUp(): void
    {
        $this->client = $this->createMock(SidecarClient::class);
        $this->client->method('isConfigured')->willReturn(true);
        $this->queue = $this->createMock(NotificationQueueInterface::class);
        $this->logger = $this->createMock(LoggerInterface::class);
    }

    public function testPostsDistinctNonEmptySkusWithTheEvent(): void
    {
        $this->client->expects(self::once())->method('post')
            ->with('/api/webhooks/catalog', ['skus' => ['A', 'B'], 'event' => 'product_save'], 2)
            ->willReturn([]);
        $this->queue->expects(self::never())->method('enqueue');

        $this->notifier()->notify(['A', ' B ', 'A', ''], 'product_save');
    }

    public function testLargeChangesAreSentInBatchesOf500(): void
    {
        $skus = array_map(static fn (int $i): string => "SKU-$i", range(1, 1201));
        $sizes = [];
        $this->client->method('post')->willReturnCallback(static function (string $path, array $payload) use (&$sizes) {
            $sizes[] = count($payload['skus']);
            return [];
        });

        $this->notifier()->notify($skus, 'product_save');

        self::assertSame([500, 500, 201], $sizes);
    }

    public function testAFailedPostIsQueuedForTheFirstRetryAndNeverThrown(): void
    {
        $this->client->method('post')->willThrowException(new SidecarRequestException('POST answered HTTP 503'));
        $this->queue->expects(self::once())->method('enqueue')->with(
            '/api/webhooks/catalog',
            ['skus' => ['A'], 'event' => 'stock_change'],
            1,
            self::NOW + 300,
            'POST answered HTTP 503'
        );
        $this->logger->expects(self::once())->method('warning');

        $this->notifier()->notify(['A'], 'stock_change');
    }

    public function testWhenEvenTheQueueFailsItOnlyLogs(): void
    {
        $this->client->method('post')->willThrowException(new SidecarRequestException('timeout'));
        $this->queue->method('enqueue')->willThrowException(new \RuntimeException('table missing'));
        $this->logger->expects(self::once())->method('error');

        $this->notifier()->notify(['A'], 'product_save');
    }

    public function testScheduleOnlyQueuesForTheNextCronRun(): void
    {
        $this->client->expects(self::never())->method('post');
        $this->queue->expects(self::once())->method('enqueue')
            ->with('/api/webhooks/catalog', ['skus' => ['A', 'B'], 'event' => 'stock_change'], 0, self::NOW, '');

        $this->notifier()->schedule(['A', 'B', 'A'], 'stock_change');
    }

    public function testScheduleNeverThrows(): void
    {
        $this->queue->method('enqueue')->willThrowException(new \RuntimeException('table missing'));
        $this->logger->expects(self::once())->method('error');

        $this->notifier()->schedule(['A'], 'stock_change');
    }

    public function testNothingIsSentWhenTheSidecarIsNotConfigured(): void
    {
        $client = $this->createMock(SidecarClient::class);
        $client->method('isConfigured')->willReturn(false);
        $client->expects(self::never())->method('post');
        $this->client = $client;

        $this->notifier()->notify(['A'], 'product_save');
    }

    public function testRetryPolicyBacksOffAndGivesUp(): void
    {
        $policy = new RetryPolicy();

        self::assertSame(self::NOW + 300, $policy->nextAttemptAt(1, self::NOW));
        self::assertSame(self::NOW + 600, $policy->nextAttemptAt(2, self::NOW));
        self::assertSame(self::NOW + 21600, $policy->nextAttemptAt(11, self::NOW));
        self::assertNull($policy->nextAttemptAt(RetryPolicy::MAX_ATTEMPTS, self::NOW));
    }

    private function notifier(): ChangeNotifier
    {
        $config = $this->createMock(Config::class);
        $config->method('getNotifyTimeout')->willReturn(2);
        $clock = $this->createMock(DateTime::class);
        $clock->method('gmtTimestamp')->willReturn(self::NOW);
        return new ChangeNotifier($this->client, $this->queue, new RetryPolicy(), $config, $clock, $this->logger);
    }
}
