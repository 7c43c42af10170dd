<?php

declare(strict_types=1);

namespace Verity\Assistant\Model\Notifier;

/**
 * When to try a failed notification again: 5 minutes, doubling each attempt, at most 6 hours apart;
 * after 12 attempts (about two days) it gives up.
 */
class RetryPolicy
{
    public const MAX_ATTEMPTS = 12;
    private const FIRST_DELAY = 300;
    private const MAX_DELAY = 21600;

    /**
     * @param int $attempts attempts made so far, including the one that just failed (≥ 1)
     * @param int $now Unix seconds
     * @return int|null Unix seconds of the next attempt, null = give up
     */
    public function nextAttemptAt(int $attempts, int $now): ?int
    {
        if ($attempts >= self::MAX_ATTEMPTS) {
            return null;
        }
        $delay = min(self::MAX_DELAY, self::FIRST_DELAY * (2 ** max(0, $attempts - 1)));
        return $now + $delay;
    }
}
