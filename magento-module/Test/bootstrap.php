<?php

declare(strict_types=1);

/**
 * PHPUnit bootstrap that runs the module's unit tests without a Magento install: the module's classes
 * load from this directory, the few framework types they touch from minimal stubs in Test/Stub.
 */

spl_autoload_register(static function (string $class): void {
    $roots = [
        'Verity\\Assistant\\' => dirname(__DIR__) . '/',
        'Magento\\' => __DIR__ . '/Stub/Magento/',
        'Symfony\\' => __DIR__ . '/Stub/Symfony/',
        'Psr\\' => __DIR__ . '/Stub/Psr/',
    ];
    foreach ($roots as $prefix => $dir) {
        if (str_starts_with($class, $prefix)) {
            $file = $dir . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
            if (is_file($file)) {
                require $file;
            }
            return;
        }
    }
});

require_once __DIR__ . '/Stub/functions.php';
