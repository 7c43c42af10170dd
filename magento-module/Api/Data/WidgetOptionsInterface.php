<?php

declare(strict_types=1);

namespace Verity\Assistant\Api\Data;

/**
 * @api
 */
interface WidgetOptionsInterface
{
    /**
     * "right" or "left".
     *
     * @return string
     */
    public function getPosition(): string;

    /**
     * "#rrggbb".
     *
     * @return string
     */
    public function getPrimaryColor(): string;

    /**
     * @return string
     */
    public function getGreeting(): string;
}
