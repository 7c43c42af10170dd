<?php

declare(strict_types=1);

namespace Verity\Assistant\Api\Data;

/**
 * Limits within which the sidecar may decide refunds and returns without a human.
 *
 * @api
 */
interface RefundBoundsInterface
{
    /**
     * Refunds up to this amount (website base currency) may be approved automatically.
     *
     * @return float
     */
    public function getAutoApproveMaxAmount(): float;

    /**
     * Above this amount a damaged/defective claim needs photos.
     *
     * @return float
     */
    public function getEvidenceRequiredThreshold(): float;

    /**
     * Category ids never handled automatically.
     *
     * @return int[]
     */
    public function getExcludedCategoryIds(): array;

    /**
     * @return int
     */
    public function getMaxAutoActionsPerCustomer(): int;

    /**
     * @return int
     */
    public function getPeriodDays(): int;
}
