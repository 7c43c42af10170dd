<?php

declare(strict_types=1);

namespace Verity\Assistant\Test\Unit;

/**
 * What Magento's webapi does to a returned data object (DataObjectProcessor::buildOutputDataArray):
 * walk the interface's getters in declaration order, name each field by stripping get/is/has and
 * snake-casing, read the docblock @return type (a value is omitted only when it is null AND the
 * docblock allows null), recurse into data interfaces and arrays of them.
 */
final class WebapiOutput
{
    /**
     * @return array<string, mixed>
     */
    public static function toArray(object $dataObject, string $interface): array
    {
        $output = [];
        foreach ((new \ReflectionClass($interface))->getMethods() as $method) {
            if (preg_match('/^(get|is|has)([A-Z]\w*)$/', $method->getName(), $m) !== 1) {
                continue;
            }
            $field = strtolower((string) preg_replace('/(?<!^)[A-Z]/', '_$0', $m[2]));
            $docType = self::docReturnType($method);
            $value = $dataObject->{$method->getName()}();
            if ($value === null && in_array('null', explode('|', $docType), true)) {
                continue;
            }
            $output[$field] = self::convert($value, $docType);
        }
        return $output;
    }

    private static function convert(mixed $value, string $docType): mixed
    {
        if (is_object($value)) {
            return self::toArray($value, ltrim($docType, '\\'));
        }
        if (is_array($value) && str_ends_with($docType, '[]')) {
            $itemType = ltrim(substr($docType, 0, -2), '\\');
            return array_map(
                static fn (mixed $item): mixed => is_object($item) ? self::toArray($item, $itemType) : $item,
                array_values($value)
            );
        }
        return $value;
    }

    private static function docReturnType(\ReflectionMethod $method): string
    {
        $doc = (string) $method->getDocComment();
        if (preg_match('/@return\s+(\S+)/', $doc, $m) !== 1) {
            throw new \LogicException(sprintf('%s() has no @return docblock; Magento webapi needs one.', $method->getName()));
        }
        return $m[1];
    }
}
