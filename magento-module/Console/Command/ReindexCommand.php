<?php

declare(strict_types=1);

namespace Verity\Assistant\Console\Command;

use Symfony\Component\Console\Command\Command;
use Symfony\Component\Console\Input\InputInterface;
use Symfony\Component\Console\Input\InputOption;
use Symfony\Component\Console\Output\OutputInterface;
use Verity\Assistant\Model\Sidecar\SidecarClient;

/**
 * bin/magento verity:reindex [--full] [--sku=SKU ...]: asks the sidecar to reindex and prints its answer.
 */
class ReindexCommand extends Command
{
    public const PATH = '/api/index/reindex';
    private const TIMEOUT = 30;
    private const JSON_FLAGS = JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE;

    public function __construct(private readonly SidecarClient $client)
    {
        parent::__construct();
    }

    protected function configure(): void
    {
        $this->setName('verity:reindex')
            ->setDescription('Ask the Verity sidecar to reindex the catalog (everything with --full, or the given SKUs).')
            ->addOption('full', null, InputOption::VALUE_NONE, 'Reindex every product of every store view.')
            ->addOption('sku', null, InputOption::VALUE_REQUIRED | InputOption::VALUE_IS_ARRAY, 'Reindex this SKU (repeatable).');
        parent::configure();
    }

    protected function execute(InputInterface $input, OutputInterface $output): int
    {
        $full = (bool) $input->getOption('full');
        $skus = array_values(array_unique(array_filter(
            array_map(static fn (mixed $sku): string => trim((string) $sku), (array) $input->getOption('sku')),
            static fn (string $sku): bool => $sku !== ''
        )));
        if ($full === ($skus !== [])) {
            $output->writeln('<error>Pass either --full or one or more --sku=SKU.</error>');
            return Command::INVALID;
        }
        $payload = $full ? ['full' => true] : ['skus' => $skus];
        try {
            $result = $this->client->post(self::PATH, $payload, self::TIMEOUT);
        } catch (\Throwable $e) {
            $output->writeln(sprintf('<error>Reindex request failed: %s</error>', $e->getMessage()));
            return Command::FAILURE;
        }
        $output->writeln(sprintf(
            '<info>Reindex requested (%s).</info>',
            $full ? 'full' : count($skus) . ' SKU' . (count($skus) === 1 ? '' : 's')
        ));
        $output->writeln((string) json_encode($result, self::JSON_FLAGS));
        return Command::SUCCESS;
    }
}
