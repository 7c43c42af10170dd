<?php

declare(strict_types=1);

use Magento\Framework\Phrase;

if (!function_exists('__')) {
    /**
     * Magento's translation function: here a Phrase with %1-style placeholders and no translation.
     */
    function __(string $text, mixed ...$arguments): Phrase
    {
        return new Phrase($text, $arguments);
    }
}
