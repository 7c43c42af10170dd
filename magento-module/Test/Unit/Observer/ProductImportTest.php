<?php

declare(strict_types=1);

namespace Verity\Assistant\Test\Unit\Observer;

use Magento\Framework\Event\Event;
use Magento\Framework\Event\Observer;
use PHPUnit\Framework\MockObject\MockObject;
use PHPUnit\Framework\TestCase;
use Psr\Log\LoggerInterface;
use Verity\Assistant\Api\ChangeNotifierInterface;
use Verity\Assistant\Model\Notifier\AffectedSkus;
use Verity\Assistant\Model\Notifier\ImportedProducts;
use Verity\Assistant\Observer\ImportBunchObserver;
use Verity\Assistant\Observer\ImportFinishObserver;

/**
 * A product import, event by event as Magento's CatalogImportExport dispatches them: bunches are
 * recorded, and only the end of the import queues them.
 */
final class ProductImportTest extends TestCase
{
    private ImportedProducts $imported;
    /** @var list<array{list<string>, string}> */
    private array $scheduled = [];
    /** @var ChangeNotifierInterface&MockObject */
    private ChangeNotifierInterface $notifier;

    protected function setUp(): void
    {
        $this->imported = new ImportedProducts();
        $this->notifier = $this->createMock(ChangeNotifierInterface::class);
        $this->notifier->expects(self::never())->method('notify');
        $this->notifier->method('schedule')->willReturnCallback(function (array $skus, string $event): void {
            $this->scheduled[] = [$skus, $event];
        });
    }

    public function testSavedBunchesAreQueuedWithTheirConfigurableParentsWhenTheImportFinishes(): void
    {
        $affected = $this->createMock(AffectedSkus::class);
        $affected->expects(self::once())->method('ofSkus')
            ->with(['VT-TEE-S', 'VT-TEE-M', 'VT-MUG'])
            ->willReturn(['VT-TEE-S', 'VT-TEE-M', 'VT-MUG', 'VT-TEE']);

        $this->bunch(ImportBunchObserver::EVENT_BUNCH_SAVED, [
            ['sku' => 'VT-TEE-S', 'name' => 'Tee S'],
            ['sku' => 'VT-TEE-S', 'store_view_code' => 'fr', 'name' => 'T-shirt S'],
            ['sku' => 'VT-TEE-M'],
        ]);
        self::assertSame([], $this->scheduled, 'nothing is queued before the import has saved links and stock');
        $this->bunch(ImportBunchObserver::EVENT_BUNCH_SAVED, [['sku' => ' VT-MUG '], ['name' => 'no sku'], 'not a row']);
        $this->finish($affected);

        self::assertSame([[['VT-TEE-S', 'VT-TEE-M', 'VT-MUG', 'VT-TEE'], 'product_save']], $this->scheduled);
    }

    public function testDeletedSkusAreQueuedAsDeletes(): void
    {
        $affected = $this->createMock(AffectedSkus::class);
        $affected->expects(self::never())->method('ofSkus');

        $this->bunch(ImportBunchObserver::EVENT_BUNCH_DELETED, [['sku' => 'VT-OLD-1'], ['sku' => 'VT-OLD-2']]);
        $this->finish($affected);

        self::assertSame([[['VT-OLD-1', 'VT-OLD-2'], 'product_delete']], $this->scheduled);
    }

    public function testReplaceDeletesThenSavesTheSameSkusWhichCountAsSaved(): void
    {
        $affected = $this->createMock(AffectedSkus::class);
        $affected->method('ofSkus')->willReturnArgument(0);

        $this->bunch(ImportBunchObserver::EVENT_BUNCH_DELETED, [['sku' => 'VT-1'], ['sku' => 'VT-2']]);
        $this->bunch(ImportBunchObserver::EVENT_BUNCH_SAVED, [['sku' => 'VT-1']]);
        $this->finish($affected);

        self::assertSame([[['VT-2'], 'product_delete'], [['VT-1'], 'product_save']], $this->scheduled);
    }

    public function testEachImportStartsAfresh(): void
    {
        $affected = $this->createMock(AffectedSkus::class);
        $affected->method('ofSkus')->willReturnArgument(0);

        $this->bunch(ImportBunchObserver::EVENT_BUNCH_SAVED, [['sku' => '10042']]);
        $this->finish($affected);
        $this->scheduled = [];
        $this->finish($affected);

        self::assertSame([], $this->scheduled);
        self::assertSame(['saved' => [], 'deleted' => []], $this->imported->take());
    }

    public function testANumericSkuStaysAString(): void
    {
        $this->imported->addSaved([['sku' => '10042'], ['sku' => 10043]]);

        self::assertSame(['10042', '10043'], $this->imported->take()['saved']);
    }

    public function testAFailingLookupIsLoggedAndNeverBreaksTheImport(): void
    {
        $affected = $this->createMock(AffectedSkus::class);
        $affected->method('ofSkus')->willThrowException(new \RuntimeException('MySQL server has gone away'));
        $logger = $this->createMock(LoggerInterface::class);
        $logger->expects(self::once())->method('error');

        $this->bunch(ImportBunchObserver::EVENT_BUNCH_SAVED, [['sku' => 'VT-1']]);
        (new ImportFinishObserver($this->imported, $this->notifier, $affected, $logger))->execute($this->observer('catalog_product_import_finish_before', []));
    }

    public function testAnEventWithoutABunchIsIgnored(): void
    {
        (new ImportBunchObserver($this->imported, $this->createMock(LoggerInterface::class)))
            ->execute($this->observer(ImportBunchObserver::EVENT_BUNCH_SAVED, ['bunch' => null]));

        self::assertSame(['saved' => [], 'deleted' => []], $this->imported->take());
    }

    /**
     * @param array<mixed> $rows
     */
    private function bunch(string $event, array $rows): void
    {
        (new ImportBunchObserver($this->imported, $this->createMock(LoggerInterface::class)))
            ->execute($this->observer($event, ['adapter' => new \stdClass(), 'bunch' => $rows]));
    }

    private function finish(AffectedSkus $affected): void
    {
        (new ImportFinishObserver($this->imported, $this->notifier, $affected, $this->createMock(LoggerInterface::class)))
            ->execute($this->observer('catalog_product_import_finish_before', ['adapter' => new \stdClass()]));
    }

    /**
     * @param array<string, mixed> $data
     */
    private function observer(string $name, array $data): Observer
    {
        return new Observer(['event' => new Event(['name' => $name] + $data)]);
    }
}
