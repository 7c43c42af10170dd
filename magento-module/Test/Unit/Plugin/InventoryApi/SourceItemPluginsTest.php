<?php

declare(strict_types=1);

namespace Verity\Assistant\Test\Unit\Plugin\InventoryApi;

use Magento\InventoryApi\Api\Data\SourceItemInterface;
use Magento\InventoryApi\Api\SourceItemsDeleteInterface;
use Magento\InventoryApi\Api\SourceItemsSaveInterface;
use PHPUnit\Framework\TestCase;
use Psr\Log\LoggerInterface;
use Verity\Assistant\Api\ChangeNotifierInterface;
use Verity\Assistant\Model\Notifier\AffectedSkus;
use Verity\Assistant\Model\Notifier\SourceItemChanges;
use Verity\Assistant\Plugin\InventoryApi\QueueStockChangeOnSourceItemsDelete;
use Verity\Assistant\Plugin\InventoryApi\QueueStockChangeOnSourceItemsSave;

final class SourceItemPluginsTest extends TestCase
{
    public function testSavedSourceItemsQueueAStockChangeForTheirSkusAndParents(): void
    {
        $affected = $this->createMock(AffectedSkus::class);
        $affected->method('ofSkus')->with(['VT-TEE-S', 'VT-TEE-S', 'VT-MUG'])->willReturn(['VT-TEE-S', 'VT-MUG', 'VT-TEE']);
        $notifier = $this->createMock(ChangeNotifierInterface::class);
        $notifier->expects(self::never())->method('notify');
        $notifier->expects(self::once())->method('schedule')->with(['VT-TEE-S', 'VT-MUG', 'VT-TEE'], 'stock_change');
        $items = [$this->item('VT-TEE-S'), $this->item('VT-TEE-S'), $this->item('VT-MUG')];

        $plugin = new QueueStockChangeOnSourceItemsSave($this->changes($notifier, $affected));
        $plugin->afterExecute($this->createMock(SourceItemsSaveInterface::class), null, $items);
    }

    public function testDeletedSourceItemsQueueAStockChange(): void
    {
        $affected = $this->createMock(AffectedSkus::class);
        $affected->method('ofSkus')->willReturnArgument(0);
        $notifier = $this->createMock(ChangeNotifierInterface::class);
        $notifier->expects(self::once())->method('schedule')->with(['VT-MUG'], 'stock_change');

        $plugin = new QueueStockChangeOnSourceItemsDelete($this->changes($notifier, $affected));
        $plugin->afterExecute($this->createMock(SourceItemsDeleteInterface::class), null, [$this->item('VT-MUG')]);
    }

    public function testNoSourceItemsMeansNoLookup(): void
    {
        $affected = $this->createMock(AffectedSkus::class);
        $affected->expects(self::never())->method('ofSkus');
        $notifier = $this->createMock(ChangeNotifierInterface::class);
        $notifier->expects(self::never())->method('schedule');

        $this->changes($notifier, $affected)->schedule([]);
    }

    public function testAFailureIsLoggedAndNeverReachesTheSave(): void
    {
        $affected = $this->createMock(AffectedSkus::class);
        $affected->method('ofSkus')->willThrowException(new \RuntimeException('deadlock'));
        $logger = $this->createMock(LoggerInterface::class);
        $logger->expects(self::once())->method('error');

        $plugin = new QueueStockChangeOnSourceItemsSave(
            new SourceItemChanges($this->createMock(ChangeNotifierInterface::class), $affected, $logger)
        );
        $plugin->afterExecute($this->createMock(SourceItemsSaveInterface::class), null, [$this->item('VT-1')]);
    }

    private function changes(ChangeNotifierInterface $notifier, AffectedSkus $affected): SourceItemChanges
    {
        return new SourceItemChanges($notifier, $affected, $this->createMock(LoggerInterface::class));
    }

    private function item(string $sku): SourceItemInterface
    {
        $item = $this->createMock(SourceItemInterface::class);
        $item->method('getSku')->willReturn($sku);
        return $item;
    }
}
