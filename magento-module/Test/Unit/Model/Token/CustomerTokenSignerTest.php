<?php

declare(strict_types=1);

namespace Verity\Assistant\Test\Unit\Model\Token;

use PHPUnit\Framework\TestCase;
use Verity\Assistant\Model\Token\CustomerTokenSigner;

final class CustomerTokenSignerTest extends TestCase
{
    private const SECRET = 'test-secret-0123456789abcdef0123456789';

    private const CLAIMS = [
        'sub' => '42',
        'email' => 'jane.doe+test@example.com',
        'store' => 'default',
        'website' => 'base',
        'iat' => 1700000000,
        'exp' => 1700003600,
    ];

    public function testHeaderAndClaimsAreSerialisedInTheFixedOrderWithoutEscapedSlashes(): void
    {
        $shuffled = array_reverse(self::CLAIMS, true) + ['email' => 'a/b@example.com'];
        $shuffled['email'] = 'a/b@example.com';

        [$header, $payload] = explode('.', (new CustomerTokenSigner())->sign($shuffled, self::SECRET));

        self::assertSame('{"alg":"HS256","typ":"JWT"}', $this->decode($header));
        self::assertSame(
            '{"sub":"42","email":"a/b@example.com","store":"default","website":"base","iat":1700000000,"exp":1700003600}',
            $this->decode($payload)
        );
    }

    public function testSignatureIsHmacSha256OfHeaderDotPayloadInBase64Url(): void
    {
        $token = (new CustomerTokenSigner())->sign(self::CLAIMS, self::SECRET);
        [$header, $payload, $signature] = explode('.', $token);

        $expected = rtrim(strtr(base64_encode(hash_hmac('sha256', "$header.$payload", self::SECRET, true)), '+/', '-_'), '=');
        self::assertSame($expected, $signature);
        self::assertStringNotContainsString('=', $token);
    }

    public function testUnicodeIsWrittenAsUtf8LikeJavaScriptDoes(): void
    {
        $token = (new CustomerTokenSigner())->sign(['email' => 'zoë@example.com'] + self::CLAIMS, self::SECRET);

        self::assertStringContainsString('"email":"zoë@example.com"', $this->decode(explode('.', $token)[1]));
    }

    public function testAMissingClaimIsRefused(): void
    {
        $claims = self::CLAIMS;
        unset($claims['website']);

        $this->expectException(\InvalidArgumentException::class);
        $this->expectExceptionMessage('"website"');
        (new CustomerTokenSigner())->sign($claims, self::SECRET);
    }

    public function testAnEmptySecretIsRefused(): void
    {
        $this->expectException(\InvalidArgumentException::class);
        (new CustomerTokenSigner())->sign(self::CLAIMS, '');
    }

    private function decode(string $part): string
    {
        return (string) base64_decode(strtr($part, '-_', '+/'), true);
    }
}
