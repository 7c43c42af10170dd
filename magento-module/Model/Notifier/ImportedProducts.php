<?php

declare(strict_types=1);

namespace Verity\Assistant\Model\Notifier;

/**
 * The SKUs a product import has saved and deleted so far, held until the import finishes: the import
 * saves a bunch's attributes first and its configurable links and stock only after the last bunch, so
 * the sidecar must not read the products earlier. The import observers share this instance (the object
 * manager creates one per process). An import that aborts before it finishes reports nothing.
 */
class ImportedProducts
{
    /** @var array<string, true> */
    private array $saved = [];
    /** @var array<string, true> */
    private array $deleted = [];

    /**
     * @param array<mixed> $bunch import rows, each with a "sku" column
     */
    public function addSaved(array $bunch): void
    {
        $this->saved += $this->skus($bunch);
    }

    /**
     * @param array<mixed> $bunch import rows, each with a "sku" column
     */
    public function addDeleted(array $bunch): void
    {
        $this->deleted += $this->skus($bunch);
    }

    /**
     * Everything recorded since the last call, which starts afresh. A SKU both deleted and saved (the
     * "Replace" behaviour deletes, then imports again) counts as saved.
     *
     * @return array{saved: list<string>, deleted: list<string>}
     */
    public function take(): array
    {
        $taken = [
            'saved' => $this->list($this->saved),
            'deleted' => $this->list(array_diff_key($this->deleted, $this->saved)),
        ];
        $this->saved = [];
        $this->deleted = [];
        return $taken;
    }

    /**
     * @param array<mixed> $bunch
     * @return array<string, true>
     */
    private function skus(array $bunch): array
    {
        $skus = [];
        foreach ($bunch as $row) {
            $sku = is_array($row) && is_scalar($row['sku'] ?? null) ? trim((string) $row['sku']) : '';
            if ($sku !== '') {
                $skus[$sku] = true;
            }
        }
        return $skus;
    }

    /**
     * @param array<string, true> $set
     * @return list<string>
     */
    private function list(array $set): array
    {
        // Numeric SKUs ("10042") became integer keys.
        return array_map('strval', array_keys($set));
    }
}
