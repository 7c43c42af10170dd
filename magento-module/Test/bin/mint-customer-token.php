<?php

declare(strict_types=1);

/**
 * Mints customer tokens with the module's signer for the cross-language test
 * (test/unit/identity in the Verity repository). Reads {"secret": "...", "claims": [{...}, ...]} on
 * stdin and prints a JSON array of tokens in the same order.
 */

require __DIR__ . '/../bootstrap.php';

use Verity\Assistant\Model\Token\CustomerTokenSigner;

$input = json_decode((string) stream_get_contents(STDIN), true, 512, JSON_THROW_ON_ERROR);
$signer = new CustomerTokenSigner();
$tokens = array_map(
    static fn (array $claims): string => $signer->sign($claims, (string) $input['secret']),
    $input['claims']
);
echo json_encode($tokens, JSON_UNESCAPED_SLASHES | JSON_THROW_ON_ERROR), "\n";
