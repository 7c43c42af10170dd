<?php

declare(strict_types=1);

namespace Symfony\Component\Console\Output;

/** Stub: collects lines; fetch() returns and clears them. */
class BufferedOutput implements OutputInterface
{
    private string $buffer = '';

    public function writeln(string|iterable $messages, int $options = 0)
    {
        foreach (is_iterable($messages) ? $messages : [$messages] as $message) {
            $this->buffer .= $message . PHP_EOL;
        }
    }

    public function fetch(): string
    {
        $content = $this->buffer;
        $this->buffer = '';
        return $content;
    }
}
