<?php

declare(strict_types=1);

namespace Verity\Assistant\Model\Sidecar;

/**
 * The X-Verity-Signature header of every call to the sidecar: "sha256=" + hex HMAC-SHA256 of the exact
 * raw body with the shared secret (the sandbox store signs its notifications the same way).
 */
class RequestSigner
{
    public const HEADER = 'X-Verity-Signature';

    public function sign(string $rawBody, string $secret): string
    {
        return 'sha256=' . hash_hmac('sha256', $rawBody, $secret);
    }
}
