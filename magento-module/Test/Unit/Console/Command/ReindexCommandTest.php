<?php

declare(strict_types=1);

namespace Verity\Assistant\Test\Unit\Console\Command;

use PHPUnit\Framework\TestCase;
use Symfony\Component\Console\Command\Command;
use Symfony\Component\Console\Input\ArrayInput;
use Symfony\Component\Console\Output\BufferedOutput;
use Verity\Assistant\Console\Command\ReindexCommand;
use Verity\Assistant\Model\Sidecar\SidecarClient;
use Verity\Assistant\Model\Sidecar\SidecarRequestException;

final class ReindexCommandTest extends TestCase
{
    public function testIsNamedVerityReindexWithFullAndSkuOptions(): void
    {
        $command = new ReindexCommand($this->createMock(SidecarClient::class));

        self::assertSame('verity:reindex', $command->getName());
        self::assertSame(['full', 'sku'], array_keys($command->getOptions()));
    }

    public function testFullReindexPostsFullAndPrintsTheAnswer(): void
    {
        $client = $this->createMock(SidecarClient::class);
        $client->expects(self::once())->method('post')
            ->with('/api/index/reindex', ['full' => true], 30)
            ->willReturn(['jobId' => 'full:default:1', 'status' => 'queued']);
        $output = new BufferedOutput();

        $code = (new ReindexCommand($client))->run(new ArrayInput(['--full' => true, '--sku' => []]), $output);

        self::assertSame(Command::SUCCESS, $code);
        $printed = $output->fetch();
        self::assertStringContainsString('Reindex requested (full).', $printed);
        self::assertStringContainsString('"jobId": "full:default:1"', $printed);
    }

    public function testSkusArePostedDistinct(): void
    {
        $client = $this->createMock(SidecarClient::class);
        $client->expects(self::once())->method('post')
            ->with('/api/index/reindex', ['skus' => ['VT-1', 'VT-2']], 30)
            ->willReturn([]);
        $output = new BufferedOutput();

        $code = (new ReindexCommand($client))->run(
            new ArrayInput(['--full' => false, '--sku' => ['VT-1', 'VT-2', 'VT-1']]),
            $output
        );

        self::assertSame(Command::SUCCESS, $code);
        self::assertStringContainsString('Reindex requested (2 SKUs).', $output->fetch());
    }

    /**
     * @return iterable<string, array{array<string, mixed>}>
     */
    public static function ambiguousInputs(): iterable
    {
        yield 'neither' => [['--full' => false, '--sku' => []]];
        yield 'both' => [['--full' => true, '--sku' => ['VT-1']]];
    }

    /**
     * @dataProvider ambiguousInputs
     * @param array<string, mixed> $options
     */
    public function testNeedsExactlyOneOfFullOrSku(array $options): void
    {
        $client = $this->createMock(SidecarClient::class);
        $client->expects(self::never())->method('post');
        $output = new BufferedOutput();

        $code = (new ReindexCommand($client))->run(new ArrayInput($options), $output);

        self::assertSame(Command::INVALID, $code);
        self::assertStringContainsString('Pass either --full or one or more --sku=SKU.', $output->fetch());
    }

    public function testAFailedRequestIsReportedWithANonZeroExitCode(): void
    {
        $client = $this->createMock(SidecarClient::class);
        $client->method('post')->willThrowException(new SidecarRequestException('POST https://v/api/index/reindex answered HTTP 401'));
        $output = new BufferedOutput();

        $code = (new ReindexCommand($client))->run(new ArrayInput(['--full' => true]), $output);

        self::assertSame(Command::FAILURE, $code);
        self::assertStringContainsString('Reindex request failed: POST https://v/api/index/reindex answered HTTP 401', $output->fetch());
    }
}
