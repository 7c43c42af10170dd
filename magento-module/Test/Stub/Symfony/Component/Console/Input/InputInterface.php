<?php

declare(strict_types=1);

namespace Symfony\Component\Console\Input;

/** Stub of Symfony's input (the part the module uses). */
interface InputInterface
{
    public function getOption(string $name);
}
