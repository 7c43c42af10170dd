<?php

declare(strict_types=1);

namespace Verity\Assistant\Model\StoreConfig;

use Magento\Framework\App\Config\ScopeConfigInterface;
use Magento\Framework\App\ResourceConnection;
use Verity\Assistant\Model\Config;

/**
 * The rows StoreConfigBuilder needs for one store view. Default scope values come from ScopeConfig (so
 * etc/config.xml defaults and config.php/env.php overrides count, as everywhere in Magento); website and
 * store view values come straight from core_config_data, because ScopeConfig would hide whether a
 * website has its own policy rules or inherits the default ones.
 */
class ConfigRowReader
{
    public function __construct(
        private readonly ScopeConfigInterface $scopeConfig,
        private readonly ResourceConnection $resource
    ) {
    }

    /**
     * @return list<array{path: string, scope: string, scope_code: string, value: string|null}>
     */
    public function read(int $storeId, string $storeCode, int $websiteId, string $websiteCode): array
    {
        $rows = [];
        foreach (Config::STORE_CONFIG_PATHS as $path) {
            // An empty element in config.xml (e.g. <escalation_contact/>) reads as null: it means "".
            $value = $this->scopeConfig->getValue($path, ScopeConfigInterface::SCOPE_TYPE_DEFAULT);
            $rows[] = ['path' => $path, 'scope' => 'default', 'scope_code' => 'default', 'value' => (string) ($value ?? '')];
        }
        $connection = $this->resource->getConnection();
        $scope = static fn (string $type, int $id): string => '(' . $connection->quoteInto('scope = ?', $type)
            . ' AND ' . $connection->quoteInto('scope_id = ?', $id) . ')';
        $select = $connection->select()
            ->from($this->resource->getTableName('core_config_data'), ['path', 'scope', 'scope_id', 'value'])
            ->where('path IN (?)', Config::STORE_CONFIG_PATHS)
            ->where($scope('websites', $websiteId) . ' OR ' . $scope('stores', $storeId));
        foreach ($connection->fetchAll($select) as $row) {
            $rows[] = [
                'path' => (string) $row['path'],
                'scope' => (string) $row['scope'],
                'scope_code' => $row['scope'] === 'websites' ? $websiteCode : $storeCode,
                'value' => $row['value'] === null ? null : (string) $row['value'],
            ];
        }
        return $rows;
    }
}
