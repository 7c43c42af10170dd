<?php

declare(strict_types=1);

namespace Verity\Assistant\Test\Unit\Observer;

use Magento\Catalog\Model\Product;
use Magento\Catalog\Model\ResourceModel\Product as ProductResource;
use Magento\CatalogInventory\Api\Data\StockItemInterface;
use Magento\Framework\Event\Event;
use Magento\Framework\Event\Observer;
use PHPUnit\Framework\TestCase;
use Psr\Log\LoggerInterface;
use Verity\Assistant\Api\ChangeNotifierInterface;
use Verity\Assistant\Observer\ProductDeleteObserver;
use Verity\Assistant\Observer\ProductSaveObserver;
use Verity\Assistant\Observer\StockItemSaveObserver;

final class ObserverNeverThrowsTest extends TestCase
{
    public function testProductSaveReportsTheSkuAndTheOldSkuAfterARename(): void
    {
        $notifier = $this->createMock(ChangeNotifierInterface::class);
        $notifier->expects(self::once())->method('notify')->with(['VT-NEW', 'VT-OLD'], 'product_save');
        $product = (new Product(['sku' => 'VT-NEW']))->setOrigData('sku', 'VT-OLD');

        (new ProductSaveObserver($notifier, $this->createMock(LoggerInterface::class)))
            ->execute($this->observer(['product' => $product]));
    }

    public function testProductSaveSurvivesAFailingNotifierAndLogsIt(): void
    {
        $notifier = $this->createMock(ChangeNotifierInterface::class);
        $notifier->method('notify')->willThrowException(new \Error('database went away'));
        $logger = $this->createMock(LoggerInterface::class);
        $logger->expects(self::once())->method('error');

        (new ProductSaveObserver($notifier, $logger))
            ->execute($this->observer(['product' => new Product(['sku' => 'VT-1'])]));
    }

    public function testProductSaveIgnoresAnEventWithoutAProduct(): void
    {
        $notifier = $this->createMock(ChangeNotifierInterface::class);
        $notifier->expects(self::never())->method('notify');

        (new ProductSaveObserver($notifier, $this->createMock(LoggerInterface::class)))->execute($this->observer([]));
    }

    public function testProductDeleteTellsTheSidecarToDropTheSku(): void
    {
        $notifier = $this->createMock(ChangeNotifierInterface::class);
        $notifier->expects(self::once())->method('notify')->with(['VT-9'], 'product_delete');

        (new ProductDeleteObserver($notifier, $this->createMock(LoggerInterface::class)))
            ->execute($this->observer(['product' => new Product(['sku' => 'VT-9'])]));
    }

    public function testProductDeleteSurvivesAFailingNotifierAndLogsIt(): void
    {
        $notifier = $this->createMock(ChangeNotifierInterface::class);
        $notifier->method('notify')->willThrowException(new \Error('boom'));
        $logger = $this->createMock(LoggerInterface::class);
        $logger->expects(self::once())->method('error');

        (new ProductDeleteObserver($notifier, $logger))
            ->execute($this->observer(['product' => new Product(['sku' => 'VT-9'])]));
    }

    public function testStockChangeQueuesTheSkuWithoutCallingTheSidecar(): void
    {
        $resource = $this->createMock(ProductResource::class);
        $resource->method('getProductsSku')->with([17])->willReturn([['entity_id' => '17', 'sku' => 'VT-17']]);
        $notifier = $this->createMock(ChangeNotifierInterface::class);
        $notifier->expects(self::never())->method('notify');
        $notifier->expects(self::once())->method('schedule')->with(['VT-17'], 'stock_change');

        (new StockItemSaveObserver($notifier, $resource, $this->createMock(LoggerInterface::class)))
            ->execute($this->observer(['item' => $this->stockItem(17)]));
    }

    public function testStockChangeSurvivesAFailingLookupAndLogsIt(): void
    {
        $resource = $this->createMock(ProductResource::class);
        $resource->method('getProductsSku')->willThrowException(new \RuntimeException('deadlock'));
        $logger = $this->createMock(LoggerInterface::class);
        $logger->expects(self::once())->method('error');

        (new StockItemSaveObserver($this->createMock(ChangeNotifierInterface::class), $resource, $logger))
            ->execute($this->observer(['item' => $this->stockItem(17)]));
    }

    private function stockItem(int $productId): StockItemInterface
    {
        $item = $this->createMock(StockItemInterface::class);
        $item->method('getProductId')->willReturn($productId);
        return $item;
    }

    /**
     * @param array<string, mixed> $data
     */
    private function observer(array $data): Observer
    {
        return new Observer(['event' => new Event($data)]);
    }
}
