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
