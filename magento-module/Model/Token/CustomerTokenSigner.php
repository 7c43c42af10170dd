<?php

declare(strict_types=1);

namespace Verity\Assistant\Model\Token;

/**
 * Mints the HS256 JWT the sidecar verifies (common/identity/verify-customer-token.ts). Pure PHP on
 * purpose: no JWT library to keep in step with Magento's dependency tree. The header and claim key
 * order and the JSON flags are fixed so a token minted here is byte-identical to one minted by the
 * TypeScript side for the same claims and key.
 */
class CustomerTokenSigner
{
    private const HEADER = ['alg' => 'HS256', 'typ' => 'JWT'];
    private const CLAIMS = ['sub', 'email', 'store', 'website', 'iat', 'exp'];
    private const JSON_FLAGS = JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_LINE_TERMINATORS
        | JSON_THROW_ON_ERROR;

    /**
     * @param array{sub: string, email: string, store: string, website: string, iat: int, exp: int} $claims
     * @throws \InvalidArgumentException when a claim is missing or has the wrong type, or the secret is empty
     */
    public function sign(array $claims, string $secret): string
    {
        if ($secret === '') {
            throw new \InvalidArgumentException('The shared secret is empty: set Stores > Configuration > Verity > Shared secret.');
        }
        $ordered = [];
        foreach (self::CLAIMS as $name) {
            $value = $claims[$name] ?? null;
            $valid = in_array($name, ['iat', 'exp'], true) ? is_int($value) : is_string($value) && $value !== '';
            if (!$valid) {
                throw new \InvalidArgumentException(sprintf('Customer token claim "%s" is missing or invalid.', $name));
            }
            $ordered[$name] = $value;
        }
        $signingInput = $this->encode(json_encode(self::HEADER, self::JSON_FLAGS)) . '.'
            . $this->encode(json_encode($ordered, self::JSON_FLAGS));
        return $signingInput . '.' . $this->encode(hash_hmac('sha256', $signingInput, $secret, true));
    }

    private function encode(string $bytes): string
    {
        return rtrim(strtr(base64_encode($bytes), '+/', '-_'), '=');
    }
}
