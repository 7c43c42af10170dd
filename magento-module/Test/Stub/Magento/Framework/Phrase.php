<?php

declare(strict_types=1);

namespace Magento\Framework;

/** Stub: renders %1, %2… placeholders like Magento's Phrase without a translator. */
class Phrase implements \Stringable
{
    /**
     * @param array<int, mixed> $arguments
     */
    public function __construct(private readonly string $text, private readonly array $arguments = [])
    {
    }

    public function render(): string
    {
        $replacements = [];
        foreach (array_values($this->arguments) as $index => $argument) {
            $replacements['%' . ($index + 1)] = (string) $argument;
        }
        return strtr($this->text, $replacements);
    }

    public function __toString(): string
    {
        return $this->render();
    }
}
