<?php

declare(strict_types=1);

namespace Verity\Assistant\Model\Token;

use Magento\Framework\Stdlib\DateTime\DateTime;
use Verity\Assistant\Model\Config;

/**
 * Mints the token for a logged-in customer in a store view, with the configured lifetime.
 */
class CustomerTokenIssuer
{
    public function __construct(
        private readonly CustomerTokenSigner $signer,
        private readonly Config $config,
        private readonly DateTime $clock
    ) {
    }

    /**
     * @return array{token: string, expires_at: int}
     * @throws \InvalidArgumentException when the shared secret is not set or a claim is empty
     */
    public function issue(int $customerId, string $email, string $storeCode, string $websiteCode): array
    {
        $now = $this->clock->gmtTimestamp();
        $expiresAt = $now + $this->config->getTokenLifetime();
        $token = $this->signer->sign([
            'sub' => (string) $customerId,
            'email' => $email,
            'store' => $storeCode,
            'website' => $websiteCode,
            'iat' => $now,
            'exp' => $expiresAt,
        ], $this->config->getSharedSecret());
        return ['token' => $token, 'expires_at' => $expiresAt];
    }
}
