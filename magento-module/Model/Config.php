<?php

declare(strict_types=1);

namespace Verity\Assistant\Model;

use Magento\Framework\App\Config\ScopeConfigInterface;
use Magento\Store\Model\ScopeInterface;

/**
 * The one typed reader of Stores > Configuration > Verity. Paths match VERITY_CONFIG_PATHS in
 * common/magento/verity-config.ts; defaults live in etc/config.xml.
 */
class Config
{
    public const PATH_ENABLED = 'verity/general/enabled';
    public const PATH_SIDECAR_URL = 'verity/general/sidecar_url';
    public const PATH_SHARED_SECRET = 'verity/general/shared_secret';
    public const PATH_TOKEN_LIFETIME = 'verity/general/token_lifetime';
    public const PATH_NOTIFY_TIMEOUT = 'verity/general/notify_timeout';
    public const PATH_ROLLOUT_PERCENTAGE = 'verity/general/rollout_percentage';
    public const PATH_ESCALATION_CONTACT = 'verity/general/escalation_contact';
    public const PATH_RETENTION_DAYS = 'verity/privacy/retention_days';
    public const PATH_BUSINESS_HOURS = 'verity/handoff/business_hours';
    public const PATH_WIDGET_POSITION = 'verity/widget/position';
    public const PATH_WIDGET_PRIMARY_COLOR = 'verity/widget/primary_color';
    public const PATH_WIDGET_GREETING = 'verity/widget/greeting';
    public const PATH_AUTO_APPROVE_MAX_AMOUNT = 'verity/refund_bounds/auto_approve_max_amount';
    public const PATH_EVIDENCE_REQUIRED_THRESHOLD = 'verity/refund_bounds/evidence_required_threshold';
    public const PATH_EXCLUDED_CATEGORY_IDS = 'verity/refund_bounds/excluded_category_ids';
    public const PATH_MAX_AUTO_ACTIONS_PER_CUSTOMER = 'verity/refund_bounds/max_auto_actions_per_customer';
    public const PATH_PERIOD_DAYS = 'verity/refund_bounds/period_days';
    public const PATH_POLICY_RULES = 'verity/policy/rules';
    public const PATH_COUPON_RULES = 'verity/coupons/rules';
    /** Magento's own store locale (Stores > Configuration > General > Locale Options). */
    public const PATH_STORE_LOCALE = 'general/locale/code';

    /** Paths the REST endpoint reads (the sidecar URL and the secret never leave Magento that way). */
    public const STORE_CONFIG_PATHS = [
        self::PATH_ENABLED,
        self::PATH_ROLLOUT_PERCENTAGE,
        self::PATH_ESCALATION_CONTACT,
        self::PATH_RETENTION_DAYS,
        self::PATH_BUSINESS_HOURS,
        self::PATH_WIDGET_POSITION,
        self::PATH_WIDGET_PRIMARY_COLOR,
        self::PATH_WIDGET_GREETING,
        self::PATH_AUTO_APPROVE_MAX_AMOUNT,
        self::PATH_EVIDENCE_REQUIRED_THRESHOLD,
        self::PATH_EXCLUDED_CATEGORY_IDS,
        self::PATH_MAX_AUTO_ACTIONS_PER_CUSTOMER,
        self::PATH_PERIOD_DAYS,
        self::PATH_POLICY_RULES,
        self::PATH_COUPON_RULES,
    ];

    public function __construct(private readonly ScopeConfigInterface $scopeConfig)
    {
    }

    public function isEnabled(int|string|null $storeId = null): bool
    {
        return $this->scopeConfig->isSetFlag(self::PATH_ENABLED, ScopeInterface::SCOPE_STORE, $storeId);
    }

    /**
     * Base URL of the sidecar without a trailing slash; "" when not configured. One sidecar serves every
     * store view of the installation, so this is a default-scope setting.
     */
    public function getSidecarUrl(): string
    {
        return rtrim(trim((string) $this->scopeConfig->getValue(self::PATH_SIDECAR_URL)), '/');
    }

    /**
     * The secret shared with the sidecar (signs customer tokens and webhooks); "" when not set. Stored
     * encrypted; etc/config.xml declares the Encrypted backend model for the path, so ScopeConfig hands
     * it back decrypted.
     */
    public function getSharedSecret(): string
    {
        return trim((string) $this->scopeConfig->getValue(self::PATH_SHARED_SECRET));
    }

    /**
     * Lifetime of a customer token, in seconds.
     */
    public function getTokenLifetime(): int
    {
        return max(60, (int) $this->scopeConfig->getValue(self::PATH_TOKEN_LIFETIME));
    }

    /**
     * Timeout of one call to the sidecar made during an admin save, in seconds.
     */
    public function getNotifyTimeout(): int
    {
        return min(10, max(1, (int) $this->scopeConfig->getValue(self::PATH_NOTIFY_TIMEOUT)));
    }

    public function getRolloutPercentage(int|string|null $storeId = null): int
    {
        $value = (int) $this->scopeConfig->getValue(self::PATH_ROLLOUT_PERCENTAGE, ScopeInterface::SCOPE_STORE, $storeId);
        return min(100, max(0, $value));
    }

    public function getWidgetPosition(int|string|null $storeId = null): string
    {
        $value = $this->scopeConfig->getValue(self::PATH_WIDGET_POSITION, ScopeInterface::SCOPE_STORE, $storeId);
        return $value === 'left' ? 'left' : 'right';
    }

    public function getWidgetPrimaryColor(int|string|null $storeId = null): string
    {
        return (string) $this->scopeConfig->getValue(self::PATH_WIDGET_PRIMARY_COLOR, ScopeInterface::SCOPE_STORE, $storeId);
    }

    public function getWidgetGreeting(int|string|null $storeId = null): string
    {
        return (string) $this->scopeConfig->getValue(self::PATH_WIDGET_GREETING, ScopeInterface::SCOPE_STORE, $storeId);
    }

    /**
     * The store view's locale as a BCP 47 tag ("fr-FR"), for the widget's language; "" when unset.
     */
    public function getStoreLocale(int|string|null $storeId = null): string
    {
        return str_replace('_', '-', (string) $this->scopeConfig->getValue(self::PATH_STORE_LOCALE, ScopeInterface::SCOPE_STORE, $storeId));
    }
}
