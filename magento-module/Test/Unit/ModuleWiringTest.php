<?php

declare(strict_types=1);

namespace Verity\Assistant\Test\Unit;

use PHPUnit\Framework\TestCase;

/**
 * What Magento checks only at run time and the XSDs cannot: every module class named in XML exists,
 * every ACL resource referenced is declared, templates and assets named exist, and every config path
 * the code reads has a field or a default.
 */
final class ModuleWiringTest extends TestCase
{
    private const MODULE_DIR = __DIR__ . '/../..';

    public function testEveryModuleClassNamedInXmlExists(): void
    {
        $missing = [];
        foreach ($this->xmlFiles() as $file) {
            preg_match_all('/Verity\\\\Assistant\\\\[A-Za-z0-9_\\\\]+/', (string) file_get_contents($file), $matches);
            foreach (array_unique($matches[0]) as $class) {
                $class = (string) preg_replace('/\\\\Proxy$/', '', $class);
                $path = self::MODULE_DIR . '/' . str_replace('\\', '/', substr($class, strlen('Verity\\Assistant\\'))) . '.php';
                if (!is_file($path)) {
                    $missing[] = basename($file) . ': ' . $class;
                }
            }
        }
        self::assertSame([], $missing);
    }

    public function testEveryReferencedAclResourceIsDeclared(): void
    {
        $acl = simplexml_load_file(self::MODULE_DIR . '/etc/acl.xml');
        $declared = array_map('strval', $acl->xpath('//resource/@id'));
        $referenced = array_merge(
            array_map('strval', simplexml_load_file(self::MODULE_DIR . '/etc/webapi.xml')->xpath('//resource/@ref')),
            array_map('strval', simplexml_load_file(self::MODULE_DIR . '/etc/adminhtml/system.xml')->xpath('//section/resource'))
        );

        self::assertNotEmpty($referenced);
        self::assertSame([], array_values(array_diff($referenced, $declared)));
        self::assertContains('Verity_Assistant::config', $referenced);
    }

    public function testConfigPathConstantsAndAdminFieldsMatchOneToOne(): void
    {
        $system = simplexml_load_file(self::MODULE_DIR . '/etc/adminhtml/system.xml');
        $fields = [];
        foreach ($system->xpath('//section') as $section) {
            foreach ($section->group as $group) {
                foreach ($group->field as $field) {
                    $fields[] = sprintf('%s/%s/%s', $section['id'], $group['id'], $field['id']);
                }
            }
        }
        $constants = (new \ReflectionClass(\Verity\Assistant\Model\Config::class))->getConstants();
        $paths = array_filter($constants, static fn (mixed $v, string $k): bool => str_starts_with($k, 'PATH_') && is_string($v) && str_starts_with($v, 'verity/'), ARRAY_FILTER_USE_BOTH);

        self::assertSame([], array_values(array_diff($paths, $fields)));
        self::assertSame([], array_values(array_diff($fields, $paths)));
    }

    public function testEveryValueTheEndpointNeedsHasADefaultInConfigXml(): void
    {
        $config = simplexml_load_file(self::MODULE_DIR . '/etc/config.xml');
        $required = array_diff(
            \Verity\Assistant\Model\Config::STORE_CONFIG_PATHS,
            [\Verity\Assistant\Model\Config::PATH_POLICY_RULES]
        );
        $missing = array_filter(
            $required,
            static fn (string $path): bool => $config->xpath('/config/default/' . $path) === []
        );

        self::assertSame([], array_values($missing));
    }

    public function testEveryObserverInEventsXmlIsAnObserver(): void
    {
        $events = simplexml_load_file(self::MODULE_DIR . '/etc/events.xml');
        $instances = array_map('strval', $events->xpath('//observer/@instance'));

        self::assertNotEmpty($instances);
        foreach ($instances as $class) {
            self::assertContains(\Magento\Framework\Event\ObserverInterface::class, class_implements($class), $class);
        }
    }

    /**
     * What Magento's plugin validator checks (it runs in Magento's own test suite, not at compile time):
     * each before/after/around method intercepts a public method of the type, its subject parameter is
     * typed with the type, and an after method's further parameters are the method's own.
     */
    public function testEveryPluginMatchesTheMethodItIntercepts(): void
    {
        $di = simplexml_load_file(self::MODULE_DIR . '/etc/di.xml');
        $checked = 0;
        foreach ($di->xpath('//type[plugin]') as $type) {
            $intercepted = new \ReflectionClass((string) $type['name']);
            foreach ($type->plugin as $plugin) {
                foreach ((new \ReflectionClass((string) $plugin['type']))->getMethods(\ReflectionMethod::IS_PUBLIC) as $method) {
                    if (!preg_match('/^(before|after|around)(.+)$/', $method->getName(), $m)) {
                        continue;
                    }
                    $label = $method->class . '::' . $method->getName();
                    $origin = $intercepted->getMethod(lcfirst($m[2]));
                    $parameters = $method->getParameters();
                    $subject = array_shift($parameters);
                    self::assertNotNull($subject, $label);
                    self::assertSame($intercepted->getName(), (string) $subject->getType(), $label);
                    if ($m[1] === 'after') {
                        array_shift($parameters);
                        foreach ($parameters as $i => $parameter) {
                            $own = $origin->getParameters()[$i] ?? null;
                            self::assertNotNull($own, $label);
                            self::assertSame([$own->getName(), (string) $own->getType()], [$parameter->getName(), (string) $parameter->getType()], $label);
                        }
                    }
                    $checked++;
                }
            }
        }
        self::assertGreaterThan(0, $checked);
    }

    public function testTheLayoutTemplateAndTheLoaderScriptExist(): void
    {
        $layout = (string) file_get_contents(self::MODULE_DIR . '/view/frontend/layout/default.xml');
        preg_match('/template="Verity_Assistant::([^"]+)"/', $layout, $m);

        self::assertFileExists(self::MODULE_DIR . '/view/frontend/templates/' . $m[1]);
        self::assertFileExists(self::MODULE_DIR . '/view/frontend/web/js/verity-loader.js');
        self::assertStringContainsString('ifconfig="verity/general/enabled"', $layout);
    }

    /**
     * @return list<string>
     */
    private function xmlFiles(): array
    {
        $files = [];
        $iterator = new \RecursiveIteratorIterator(new \RecursiveDirectoryIterator(self::MODULE_DIR . '/etc'));
        foreach ($iterator as $file) {
            if ($file->isFile() && $file->getExtension() === 'xml') {
                $files[] = $file->getPathname();
            }
        }
        $files[] = self::MODULE_DIR . '/view/frontend/layout/default.xml';
        sort($files);
        return $files;
    }
}
