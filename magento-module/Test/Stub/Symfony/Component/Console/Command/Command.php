<?php

declare(strict_types=1);

namespace Symfony\Component\Console\Command;

use Symfony\Component\Console\Input\InputInterface;
use Symfony\Component\Console\Output\OutputInterface;

/** Stub of Symfony's command: configure() on construction, run() calls execute(). */
class Command
{
    public const SUCCESS = 0;
    public const FAILURE = 1;
    public const INVALID = 2;

    private string $name = '';
    private string $description = '';
    /** @var array<string, array{mode: int, description: string}> */
    private array $options = [];

    public function __construct(?string $name = null)
    {
        if ($name !== null) {
            $this->setName($name);
        }
        $this->configure();
    }

    protected function configure()
    {
    }

    protected function execute(InputInterface $input, OutputInterface $output)
    {
        throw new \LogicException('execute() is not implemented');
    }

    public function run(InputInterface $input, OutputInterface $output): int
    {
        return $this->execute($input, $output);
    }

    public function setName(string $name): static
    {
        $this->name = $name;
        return $this;
    }

    public function getName(): string
    {
        return $this->name;
    }

    public function setDescription(string $description): static
    {
        $this->description = $description;
        return $this;
    }

    public function addOption(string $name, $shortcut = null, ?int $mode = null, string $description = '', $default = null): static
    {
        $this->options[$name] = ['mode' => (int) $mode, 'description' => $description];
        return $this;
    }

    /**
     * @return array<string, array{mode: int, description: string}>
     */
    public function getOptions(): array
    {
        return $this->options;
    }
}
