<?php

declare(strict_types=1);

namespace Symfony\Component\Console\Output;

/** Stub of Symfony's output (the part the module uses). */
interface OutputInterface
{
    public function writeln(string|iterable $messages, int $options = 0);
}
