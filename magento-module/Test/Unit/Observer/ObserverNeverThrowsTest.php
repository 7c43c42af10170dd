<?php

declare(strict_types=1);

namespace Verity\Assistant\Test\Unit\Observer;

use Magento\Catalog\Model\Product;
use Magento\CatalogInventory\Api\Data\StockItemInterface;
use Magento\Framework\Event\Event;
use Magento\Framework\Event\Observer;
use PHPUnit\Framework\TestCase;
use Psr\Log\LoggerInterface;
use Verity\Assistant\Api\ChangeNotifierInterface;
use Verity\Assistant\Model\Notifier\AffectedSkus;
use Verity\Assistant\Observer\ProductDeleteObserver;
use Verity\Assistant\Observer\ProductDeleteParentsObserver;
use Verity\Assistant\Observer\ProductSaveObserver;
use Verity\Assistant\Observer\StockItemSaveObserver;

final class ObserverNeverThrowsTest extends TestCase
{
    public function testProductSaveReportsTheSkuAndTheConfigurableProductsItIsAnOptionOf(): void
    {
        $affected = $this->createMock(AffectedSkus::class);
        $affected->method('configurableParentSkus')->with([42])->willReturn(['VT-TEE']);
        $notifier = $this->createMock(ChangeNotifierInterface::class);
        $notifier->expects(self::once())->method('notify')->with(['VT-TEE-RED-M', 'VT-TEE'], 'product_save');

        (new ProductSaveObserver($notifier, $affected, $this->createMock(LoggerInterface::class)))
            ->execute($this->observer(['product' => $this->product(42, 'VT-TEE-RED-M')]));
    }

    public function testARenamedProductsOldSkuIsQueuedAsDeletedAndTheNewOneSent(): void
    {
        $notifier = $this->createMock(ChangeNotifierInterface::class);
        $notifier->expects(self::once())->method('schedule')->with(['VT-OLD'], 'product_delete');
        $notifier->expects(self::once())->method('notify')->with(['VT-NEW'], 'product_save');
        $product = $this->product(7, 'VT-NEW')->setOrigData('sku', 'VT-OLD');

        (new ProductSaveObserver($notifier, $this->createMock(AffectedSkus::class), $this->createMock(LoggerInterface::class)))
            ->execute($this->observer(['product' => $product]));
    }

    public function testAnUnchangedSkuIsNotReportedDeleted(): void
    {
        $notifier = $this->createMock(ChangeNotifierInterface::class);
        $notifier->expects(self::never())->method('schedule');
        $notifier->expects(self::once())->method('notify')->with(['VT-1'], 'product_save');
        $product = $this->product(1, 'VT-1')->setOrigData('sku', 'VT-1');

        (new ProductSaveObserver($notifier, $this->createMock(AffectedSkus::class), $this->createMock(LoggerInterface::class)))
            ->execute($this->observer(['product' => $product]));
    }

    public function testProductSaveSurvivesAFailingNotifierAndLogsIt(): void
    {
        $notifier = $this->createMock(ChangeNotifierInterface::class);
        $notifier->method('notify')->willThrowException(new \Error('database went away'));
        $logger = $this->createMock(LoggerInterface::class);
        $logger->expects(self::once())->method('error');

        (new ProductSaveObserver($notifier, $this->createMock(AffectedSkus::class), $logger))
            ->execute($this->observer(['product' => $this->product(1, 'VT-1')]));
    }

    public function testProductSaveSurvivesAFailingParentLookupAndLogsIt(): void
    {
        $affected = $this->createMock(AffectedSkus::class);
        $affected->method('configurableParentSkus')->willThrowException(new \RuntimeException('deadlock'));
        $logger = $this->createMock(LoggerInterface::class);
        $logger->expects(self::once())->method('error');

        (new ProductSaveObserver($this->createMock(ChangeNotifierInterface::class), $affected, $logger))
            ->execute($this->observer(['product' => $this->product(1, 'VT-1')]));
    }

    public function testProductSaveIgnoresAnEventWithoutAProduct(): void
    {
        $notifier = $this->createMock(ChangeNotifierInterface::class);
        $notifier->expects(self::never())->method('notify');

        (new ProductSaveObserver($notifier, $this->createMock(AffectedSkus::class), $this->createMock(LoggerInterface::class)))
            ->execute($this->observer([]));
    }

    public function testProductDeleteTellsTheSidecarToDropTheSku(): void
    {
        $notifier = $this->createMock(ChangeNotifierInterface::class);
        $notifier->expects(self::once())->method('notify')->with(['VT-9'], 'product_delete');

        (new ProductDeleteObserver($notifier, $this->createMock(LoggerInterface::class)))
            ->execute($this->observer(['product' => $this->product(9, 'VT-9')]));
    }

    public function testProductDeleteSurvivesAFailingNotifierAndLogsIt(): void
    {
        $notifier = $this->createMock(ChangeNotifierInterface::class);
        $notifier->method('notify')->willThrowException(new \Error('boom'));
        $logger = $this->createMock(LoggerInterface::class);
        $logger->expects(self::once())->method('error');

        (new ProductDeleteObserver($notifier, $logger))
            ->execute($this->observer(['product' => $this->product(9, 'VT-9')]));
    }

    public function testBeforeADeleteTheConfigurableParentsAreQueuedNotSent(): void
    {
        $affected = $this->createMock(AffectedSkus::class);
        $affected->method('configurableParentSkus')->with([9])->willReturn(['VT-TEE']);
        $notifier = $this->createMock(ChangeNotifierInterface::class);
        $notifier->expects(self::never())->method('notify');
        $notifier->expects(self::once())->method('schedule')->with(['VT-TEE'], 'product_save');

        (new ProductDeleteParentsObserver($notifier, $affected, $this->createMock(LoggerInterface::class)))
            ->execute($this->observer(['product' => $this->product(9, 'VT-TEE-RED-M')]));
    }

    public function testBeforeADeleteAFailingParentLookupIsLoggedNotThrown(): void
    {
        $affected = $this->createMock(AffectedSkus::class);
        $affected->method('configurableParentSkus')->willThrowException(new \RuntimeException('lock wait timeout'));
        $logger = $this->createMock(LoggerInterface::class);
        $logger->expects(self::once())->method('error');

        (new ProductDeleteParentsObserver($this->createMock(ChangeNotifierInterface::class), $affected, $logger))
            ->execute($this->observer(['product' => $this->product(9, 'VT-9')]));
    }

    public function testStockChangeQueuesTheSkuAndItsParentsWithoutCallingTheSidecar(): void
    {
        $affected = $this->createMock(AffectedSkus::class);
        $affected->method('ofProductIds')->with([17])->willReturn(['VT-17', 'VT-PARENT']);
        $notifier = $this->createMock(ChangeNotifierInterface::class);
        $notifier->expects(self::never())->method('notify');
        $notifier->expects(self::once())->method('schedule')->with(['VT-17', 'VT-PARENT'], 'stock_change');

        (new StockItemSaveObserver($notifier, $affected, $this->createMock(LoggerInterface::class)))
            ->execute($this->observer(['item' => $this->stockItem(17)]));
    }

    public function testStockChangeSurvivesAFailingLookupAndLogsIt(): void
    {
        $affected = $this->createMock(AffectedSkus::class);
        $affected->method('ofProductIds')->willThrowException(new \RuntimeException('deadlock'));
        $logger = $this->createMock(LoggerInterface::class);
        $logger->expects(self::once())->method('error');

        (new StockItemSaveObserver($this->createMock(ChangeNotifierInterface::class), $affected, $logger))
            ->execute($this->observer(['item' => $this->stockItem(17)]));
    }

    private function product(int $id, string $sku): Product
    {
        return new Product(['entity_id' => $id, 'sku' => $sku]);
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
