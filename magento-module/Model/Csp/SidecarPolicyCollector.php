<?php

declare(strict_types=1);

namespace Verity\Assistant\Model\Csp;

use Magento\Csp\Api\PolicyCollectorInterface;
use Magento\Csp\Model\Policy\FetchPolicy;
use Verity\Assistant\Model\Config;

/**
 * Allows the configured sidecar origin in the Content Security Policy (the widget script, its styles,
 * its API calls and images). etc/csp_whitelist.xml cannot do this: the origin is configuration.
 */
class SidecarPolicyCollector implements PolicyCollectorInterface
{
    private const DIRECTIVES = ['script-src', 'style-src', 'connect-src', 'img-src'];

    public function __construct(private readonly Config $config)
    {
    }

    /**
     * @param \Magento\Csp\Api\Data\PolicyInterface[] $defaultPolicies
     * @return \Magento\Csp\Api\Data\PolicyInterface[]
     */
    public function collect(array $defaultPolicies = []): array
    {
        $url = $this->config->getSidecarUrl();
        $parts = $url === '' ? false : parse_url($url);
        if ($parts === false || !isset($parts['scheme'], $parts['host'])) {
            return $defaultPolicies;
        }
        $origin = $parts['scheme'] . '://' . $parts['host'] . (isset($parts['port']) ? ':' . $parts['port'] : '');
        foreach (self::DIRECTIVES as $directive) {
            $defaultPolicies[] = new FetchPolicy($directive, false, [$origin]);
        }
        return $defaultPolicies;
    }
}
