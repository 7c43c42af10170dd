<?php

declare(strict_types=1);

namespace Verity\Assistant\Model\Data;

use Verity\Assistant\Api\Data\WidgetOptionsInterface;

class WidgetOptions implements WidgetOptionsInterface
{
    public function __construct(
        private readonly string $position,
        private readonly string $primaryColor,
        private readonly string $greeting
    ) {
    }

    public function getPosition(): string
    {
        return $this->position;
    }

    public function getPrimaryColor(): string
    {
        return $this->primaryColor;
    }

    public function getGreeting(): string
    {
        return $this->greeting;
    }
}
