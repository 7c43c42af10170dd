<?php

declare(strict_types=1);

namespace Symfony\Component\Console\Input;

/** Stub of Symfony's option flags. */
class InputOption
{
    public const VALUE_NONE = 1;
    public const VALUE_REQUIRED = 2;
    public const VALUE_OPTIONAL = 4;
    public const VALUE_IS_ARRAY = 8;
}
