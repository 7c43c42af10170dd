<?php

declare(strict_types=1);

namespace Verity\Assistant\Model\Notifier;

use Magento\Framework\App\ResourceConnection;

/**
 * The queue in table verity_notification_queue (etc/db_schema.xml).
 */
class DbNotificationQueue implements NotificationQueueInterface
{
    private const TABLE = 'verity_notification_queue';
    private const JSON_FLAGS = JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_THROW_ON_ERROR;

    public function __construct(private readonly ResourceConnection $resource)
    {
    }

    public function enqueue(string $path, array $payload, int $attempts, int $nextAttemptAt, string $error): void
    {
        $this->resource->getConnection()->insert($this->resource->getTableName(self::TABLE), [
            'path' => $path,
            'payload' => json_encode($payload, self::JSON_FLAGS),
            'attempts' => $attempts,
            'next_attempt_at' => $nextAttemptAt,
            'last_error' => $error === '' ? null : mb_substr($error, 0, 1000),
        ]);
    }

    public function fetchDue(int $now, int $limit): array
    {
        $connection = $this->resource->getConnection();
        $select = $connection->select()
            ->from($this->resource->getTableName(self::TABLE), ['notification_id', 'path', 'payload', 'attempts'])
            ->where('next_attempt_at IS NOT NULL')
            ->where('next_attempt_at <= ?', $now)
            ->order('notification_id ASC')
            ->limit($limit);
        $due = [];
        foreach ($connection->fetchAll($select) as $row) {
            $payload = json_decode((string) $row['payload'], true);
            $due[] = new QueuedNotification(
                (int) $row['notification_id'],
                (string) $row['path'],
                is_array($payload) ? $payload : [],
                (int) $row['attempts']
            );
        }
        return $due;
    }

    public function remove(int $id): void
    {
        $this->resource->getConnection()->delete(
            $this->resource->getTableName(self::TABLE),
            ['notification_id = ?' => $id]
        );
    }

    public function recordFailure(int $id, int $attempts, ?int $nextAttemptAt, string $error): void
    {
        $this->resource->getConnection()->update(
            $this->resource->getTableName(self::TABLE),
            ['attempts' => $attempts, 'next_attempt_at' => $nextAttemptAt, 'last_error' => mb_substr($error, 0, 1000)],
            ['notification_id = ?' => $id]
        );
    }
}
