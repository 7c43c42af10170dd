<?php

declare(strict_types=1);

namespace Verity\Assistant\CustomerData;

use Magento\Customer\CustomerData\SectionSourceInterface;
use Magento\Customer\Helper\Session\CurrentCustomer;
use Magento\Store\Model\StoreManagerInterface;
use Psr\Log\LoggerInterface;
use Verity\Assistant\Model\Config;
use Verity\Assistant\Model\Token\CustomerTokenIssuer;

/**
 * The "verity" customer-data section: the signed customer token, loaded by the browser from
 * /customer/section/load (never cached by full-page cache), so cached HTML carries no identity.
 * Guests, disabled stores and a missing secret get {"token": null}; a failure here never breaks the
 * other sections.
 */
class VeritySection implements SectionSourceInterface
{
    public function __construct(
        private readonly CurrentCustomer $currentCustomer,
        private readonly StoreManagerInterface $storeManager,
        private readonly Config $config,
        private readonly CustomerTokenIssuer $issuer,
        private readonly LoggerInterface $logger
    ) {
    }

    /**
     * @return array{token: string|null, expires_at: int|null}
     */
    public function getSectionData(): array
    {
        $none = ['token' => null, 'expires_at' => null];
        try {
            $customerId = (int) $this->currentCustomer->getCustomerId();
            $store = $this->storeManager->getStore();
            if ($customerId <= 0 || !$this->config->isEnabled($store->getId()) || $this->config->getSharedSecret() === '') {
                return $none;
            }
            $customer = $this->currentCustomer->getCustomer();
            $website = $this->storeManager->getWebsite($store->getWebsiteId());
            return $this->issuer->issue($customerId, (string) $customer->getEmail(), (string) $store->getCode(), (string) $website->getCode());
        } catch (\Throwable $e) {
            $this->logger->error('Verity: could not issue the customer token.', ['exception' => $e]);
            return $none;
        }
    }
}
