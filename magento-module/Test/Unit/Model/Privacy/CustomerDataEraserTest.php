<?php

declare(strict_types=1);

namespace Verity\Assistant\Test\Unit\Model\Privacy;

use Magento\Customer\Model\Customer;
use Magento\Framework\Event\Event;
use Magento\Framework\Event\Observer;
use Magento\Framework\Stdlib\DateTime\DateTime;
use PHPUnit\Framework\MockObject\MockObject;
use PHPUnit\Framework\TestCase;
use Psr\Log\LoggerInterface;
use Verity\Assistant\Api\CustomerDataEraserInterface;
use Verity\Assistant\Model\Config;
use Verity\Assistant\Model\Notifier\NotificationQueueInterface;
use Verity\Assistant\Model\Notifier\RetryPolicy;
use Verity\Assistant\Model\Privacy\CustomerDataEraser;
use Verity\Assistant\Model\Sidecar\SidecarClient;
use Verity\Assistant\Model\Sidecar\SidecarRequestException;
use Verity\Assistant\Observer\CustomerDeleteObserver;

final class CustomerDataEraserTest extends TestCase
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

    public function testADeletedCustomerIsErasedByIdAndLowerCaseEmail(): void
    {
        $this->client->expects(self::once())->method('post')
            ->with(
                '/api/webhooks/customer-deleted',
                ['event' => 'customer.deleted', 'customer_id' => 42, 'email' => 'jane@example.com'],
                2
            )
            ->willReturn(['conversations' => 3]);
        $this->queue->expects(self::never())->method('enqueue');

        $this->observer()->execute($this->event(new Customer(['id' => 42, 'email' => ' Jane@Example.com '])));
    }

    public function testAnUnreachableSidecarQueuesTheErasureForTheRetryCron(): void
    {
        $this->client->method('post')->willThrowException(new SidecarRequestException('connection refused'));
        $this->queue->expects(self::once())->method('enqueue')->with(
            '/api/webhooks/customer-deleted',
            ['event' => 'customer.deleted', 'customer_id' => 42, 'email' => 'jane@example.com'],
            1,
            self::greaterThan(self::NOW),
            'connection refused'
        );
        $this->logger->expects(self::once())->method('warning');

        $this->eraser()->erase(42, 'jane@example.com');
    }

    public function testTheObserverNeverThrowsAndLogsWhenNothingCouldBeSentOrQueued(): void
    {
        $this->client->method('post')->willThrowException(new SidecarRequestException('timeout'));
        $this->queue->method('enqueue')->willThrowException(new \RuntimeException('database went away'));
        $this->logger->expects(self::once())->method('error');

        $this->observer()->execute($this->event(new Customer(['id' => 42, 'email' => 'jane@example.com'])));
    }

    public function testTheObserverLogsAFailingEraser(): void
    {
        $eraser = $this->createMock(CustomerDataEraserInterface::class);
        $eraser->method('erase')->willThrowException(new \Error('bug'));
        $this->logger->expects(self::once())->method('error');

        (new CustomerDeleteObserver($eraser, $this->logger))
            ->execute($this->event(new Customer(['id' => 42, 'email' => 'jane@example.com'])));
    }

    public function testAnEventWithoutASavedCustomerSendsNothing(): void
    {
        $this->client->expects(self::never())->method('post');

        $this->observer()->execute($this->event(null));
        $this->observer()->execute($this->event(new Customer(['email' => 'unsaved@example.com'])));
    }

    public function testNothingIsSentWhenVerityIsNotConfigured(): void
    {
        $client = $this->createMock(SidecarClient::class);
        $client->method('isConfigured')->willReturn(false);
        $client->expects(self::never())->method('post');
        $this->client = $client;

        $this->eraser()->erase(42, 'jane@example.com');
    }

    private function eraser(): CustomerDataEraser
    {
        $config = $this->createMock(Config::class);
        $config->method('getNotifyTimeout')->willReturn(2);
        $clock = $this->createMock(DateTime::class);
        $clock->method('gmtTimestamp')->willReturn(self::NOW);
        return new CustomerDataEraser($this->client, $this->queue, new RetryPolicy(), $config, $clock, $this->logger);
    }

    private function observer(): CustomerDeleteObserver
    {
        return new CustomerDeleteObserver($this->eraser(), $this->logger);
    }

    private function event(?Customer $customer): Observer
    {
        return new Observer(['event' => new Event($customer === null ? [] : ['customer' => $customer])]);
    }
}
