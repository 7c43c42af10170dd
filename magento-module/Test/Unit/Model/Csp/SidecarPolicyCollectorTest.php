<?php

declare(strict_types=1);

namespace Verity\Assistant\Test\Unit\Model\Csp;

use Magento\Csp\Model\Policy\FetchPolicy;
use Magento\Framework\App\Config\ScopeConfigInterface;
use PHPUnit\Framework\TestCase;
use Verity\Assistant\Model\Config;
use Verity\Assistant\Model\Csp\SidecarPolicyCollector;

final class SidecarPolicyCollectorTest extends TestCase
{
    public function testAddsTheSidecarOriginToTheWidgetDirectivesAndKeepsExistingPolicies(): void
    {
        $existing = new FetchPolicy('font-src', false, ['https://fonts.example.com']);

        $policies = $this->collector('https://verity.example.com:8443/base')->collect([$existing]);

        self::assertSame($existing, $policies[0]);
        $added = array_slice($policies, 1);
        self::assertSame(['script-src', 'style-src', 'connect-src', 'img-src'], array_map(static fn ($p) => $p->getId(), $added));
        foreach ($added as $policy) {
            self::assertSame(['https://verity.example.com:8443'], $policy->getHostSources());
            self::assertFalse($policy->isNoneAllowed());
        }
    }

    public function testAddsNothingWithoutASidecarUrl(): void
    {
        self::assertSame([], $this->collector('')->collect([]));
    }

    private function collector(string $url): SidecarPolicyCollector
    {
        $scopeConfig = $this->createMock(ScopeConfigInterface::class);
        $scopeConfig->method('getValue')->willReturnMap([[Config::PATH_SIDECAR_URL, 'default', null, $url]]);
        return new SidecarPolicyCollector(new Config($scopeConfig));
    }
}
