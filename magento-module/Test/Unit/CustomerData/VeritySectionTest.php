<?php

declare(strict_types=1);

namespace Verity\Assistant\Test\Unit\CustomerData;

use Magento\Customer\Api\Data\CustomerInterface;
use Magento\Customer\Helper\Session\CurrentCustomer;
use Magento\Framework\App\Config\ScopeConfigInterface;
use Magento\Framework\Stdlib\DateTime\DateTime;
use Magento\Store\Api\Data\StoreInterface;
use Magento\Store\Api\Data\WebsiteInterface;
use Magento\Store\Model\StoreManagerInterface;
use PHPUnit\Framework\TestCase;
use Psr\Log\LoggerInterface;
use Verity\Assistant\CustomerData\VeritySection;
use Verity\Assistant\Model\Config;
use Verity\Assistant\Model\Token\CustomerTokenIssuer;
use Verity\Assistant\Model\Token\CustomerTokenSigner;

final class VeritySectionTest extends TestCase
{
    private const SECRET = 'verity-fixture-secret-0123456789abcdef';
    private const NOW = 1_700_000_000;

    public function testALoggedInCustomerGetsATokenWithTheirIdentityAndTheConfiguredLifetime(): void
    {
        $data = $this->section(customerId: 42, enabled: true, secret: self::SECRET)->getSectionData();

        self::assertSame(self::NOW + 3600, $data['expires_at']);
        $expected = (new CustomerTokenSigner())->sign([
            'sub' => '42',
            'email' => 'jane.doe+test@example.com',
            'store' => 'default',
            'website' => 'base',
            'iat' => self::NOW,
            'exp' => self::NOW + 3600,
        ], self::SECRET);
        self::assertSame($expected, $data['token']);
    }

    public function testAGuestGetsNoToken(): void
    {
        $data = $this->section(customerId: null, enabled: true, secret: self::SECRET)->getSectionData();

        self::assertSame(['token' => null, 'expires_at' => null], $data);
    }

    public function testADisabledStoreViewGetsNoToken(): void
    {
        $data = $this->section(customerId: 42, enabled: false, secret: self::SECRET)->getSectionData();

        self::assertNull($data['token']);
    }

    public function testAMissingSecretGivesNoTokenInsteadOfAnError(): void
    {
        $data = $this->section(customerId: 42, enabled: true, secret: '')->getSectionData();

        self::assertNull($data['token']);
    }

    public function testAFailureIsLoggedAndNeverBreaksTheOtherSections(): void
    {
        $logger = $this->createMock(LoggerInterface::class);
        $logger->expects(self::once())->method('error');
        $current = $this->createMock(CurrentCustomer::class);
        $current->method('getCustomerId')->willReturn(42);
        $current->method('getCustomer')->willThrowException(new \RuntimeException('customer deleted'));

        $data = $this->section(customerId: 42, enabled: true, secret: self::SECRET, current: $current, logger: $logger)
            ->getSectionData();

        self::assertSame(['token' => null, 'expires_at' => null], $data);
    }

    private function section(
        ?int $customerId,
        bool $enabled,
        string $secret,
        ?CurrentCustomer $current = null,
        ?LoggerInterface $logger = null
    ): VeritySection {
        if ($current === null) {
            $customer = $this->createMock(CustomerInterface::class);
            $customer->method('getEmail')->willReturn('jane.doe+test@example.com');
            $current = $this->createMock(CurrentCustomer::class);
            $current->method('getCustomerId')->willReturn($customerId);
            $current->method('getCustomer')->willReturn($customer);
        }
        $store = $this->createMock(StoreInterface::class);
        $store->method('getId')->willReturn(1);
        $store->method('getCode')->willReturn('default');
        $store->method('getWebsiteId')->willReturn(1);
        $website = $this->createMock(WebsiteInterface::class);
        $website->method('getCode')->willReturn('base');
        $storeManager = $this->createMock(StoreManagerInterface::class);
        $storeManager->method('getStore')->willReturn($store);
        $storeManager->method('getWebsite')->with(1)->willReturn($website);

        $scopeConfig = $this->createMock(ScopeConfigInterface::class);
        $scopeConfig->method('isSetFlag')->willReturnMap([[Config::PATH_ENABLED, 'store', 1, $enabled]]);
        $scopeConfig->method('getValue')->willReturnMap([
            [Config::PATH_SHARED_SECRET, 'default', null, $secret],
            [Config::PATH_TOKEN_LIFETIME, 'default', null, '3600'],
        ]);
        $config = new Config($scopeConfig);
        $clock = $this->createMock(DateTime::class);
        $clock->method('gmtTimestamp')->willReturn(self::NOW);

        return new VeritySection(
            $current,
            $storeManager,
            $config,
            new CustomerTokenIssuer(new CustomerTokenSigner(), $config, $clock),
            $logger ?? $this->createMock(LoggerInterface::class)
        );
    }
}
