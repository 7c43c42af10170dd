<?php

declare(strict_types=1);

namespace Verity\Assistant\Test\Unit\Model\Sidecar;

use Magento\Framework\App\Config\ScopeConfigInterface;
use Magento\Framework\HTTP\Client\Curl;
use Magento\Framework\HTTP\Client\CurlFactory;
use PHPUnit\Framework\MockObject\MockObject;
use PHPUnit\Framework\TestCase;
use Verity\Assistant\Model\Config;
use Verity\Assistant\Model\Sidecar\RequestSigner;
use Verity\Assistant\Model\Sidecar\SidecarClient;
use Verity\Assistant\Model\Sidecar\SidecarRequestException;

final class SidecarClientTest extends TestCase
{
    private const SECRET = 'verity-fixture-secret-0123456789abcdef';

    public function testPostsTheExactBodyItSignedWithTheSignatureHeader(): void
    {
        $curl = $this->curl(200, '{"accepted":2}');
        $headers = [];
        $curl->method('addHeader')->willReturnCallback(static function (string $name, string $value) use (&$headers): void {
            $headers[$name] = $value;
        });
        $sent = null;
        $curl->expects(self::once())->method('post')->willReturnCallback(static function (string $url, string $body) use (&$sent): void {
            $sent = [$url, $body];
        });
        $curl->expects(self::once())->method('setTimeout')->with(2);

        $answer = $this->client($curl)->post('/api/webhooks/catalog', ['skus' => ['A/1', 'B'], 'event' => 'product_save'], 2);

        self::assertSame(['accepted' => 2], $answer);
        self::assertSame('https://verity.example.com/api/webhooks/catalog', $sent[0]);
        self::assertSame('{"skus":["A/1","B"],"event":"product_save"}', $sent[1]);
        self::assertSame('sha256=' . hash_hmac('sha256', $sent[1], self::SECRET), $headers['X-Verity-Signature']);
        self::assertSame('application/json', $headers['Content-Type']);
    }

    public function testANon2xxAnswerIsAnError(): void
    {
        $this->expectException(SidecarRequestException::class);
        $this->expectExceptionMessage('answered HTTP 401');
        $this->client($this->curl(401, '{"error":{"code":"unauthorized"}}'))->post('/api/index/reindex', ['full' => true], 30);
    }

    public function testATransportFailureIsAnError(): void
    {
        $curl = $this->curl(0, '');
        $curl->method('post')->willThrowException(new \Exception('Connection refused'));

        $this->expectException(SidecarRequestException::class);
        $this->expectExceptionMessage('Connection refused');
        $this->client($curl)->post('/api/index/reindex', ['full' => true], 30);
    }

    public function testANonJsonAnswerIsAnError(): void
    {
        $this->expectException(SidecarRequestException::class);
        $this->expectExceptionMessage('not JSON');
        $this->client($this->curl(200, '<html>proxy</html>'))->post('/api/index/reindex', ['full' => true], 30);
    }

    /**
     * @return Curl&MockObject
     */
    private function curl(int $status, string $body): Curl
    {
        $curl = $this->createMock(Curl::class);
        $curl->method('getStatus')->willReturn($status);
        $curl->method('getBody')->willReturn($body);
        return $curl;
    }

    private function client(Curl $curl): SidecarClient
    {
        $scopeConfig = $this->createMock(ScopeConfigInterface::class);
        $scopeConfig->method('getValue')->willReturnMap([
            [Config::PATH_SIDECAR_URL, 'default', null, 'https://verity.example.com/'],
            [Config::PATH_SHARED_SECRET, 'default', null, self::SECRET],
        ]);
        $factory = $this->createMock(CurlFactory::class);
        $factory->method('create')->willReturn($curl);
        return new SidecarClient(new Config($scopeConfig), $factory, new RequestSigner());
    }
}
