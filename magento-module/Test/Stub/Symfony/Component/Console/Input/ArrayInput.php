<?php

declare(strict_types=1);

namespace Symfony\Component\Console\Input;

/** Stub: options given as ["--full" => true, "--sku" => ["A", "B"]]. */
class ArrayInput implements InputInterface
{
    /**
     * @param array<string, mixed> $parameters
     */
    public function __construct(private readonly array $parameters)
    {
    }

    public function getOption(string $name)
    {
        return $this->parameters['--' . $name] ?? null;
    }
}
