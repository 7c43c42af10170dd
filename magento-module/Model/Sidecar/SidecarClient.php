<?php

declare(strict_types=1);

namespace Verity\Assistant\Model\Sidecar;

use Magento\Framework\HTTP\Client\CurlFactory;
use Verity\Assistant\Model\Config;

/**
 * Signed JSON POSTs to the Verity sidecar. An adapter: it sends and reports, it decides nothing.
 */
class SidecarClient
{
    private const JSON_FLAGS = JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_THROW_ON_ERROR;

    public function __construct(
        private readonly Config $config,
        private readonly CurlFactory $curlFactory,
        private readonly RequestSigner $signer
    ) {
    }

    public function isConfigured(): bool
    {
        return $this->config->getSidecarUrl() !== '' && $this->config->getSharedSecret() !== '';
    }

    /**
     * @param string $path e.g. "/api/webhooks/catalog"
     * @param array<string, mixed> $payload
     * @param int $timeout seconds
     * @return array<string, mixed> the decoded JSON answer ([] for an empty body)
     * @throws SidecarRequestException
     */
    public function post(string $path, array $payload, int $timeout): array
    {
        if (!$this->isConfigured()) {
            throw new SidecarRequestException('Verity is not configured: set the sidecar URL and the shared secret.');
        }
        $url = $this->config->getSidecarUrl() . $path;
        $body = json_encode($payload, self::JSON_FLAGS);
        $curl = $this->curlFactory->create();
        $curl->setTimeout($timeout);
        $curl->addHeader('Content-Type', 'application/json');
        $curl->addHeader('Accept', 'application/json');
        $curl->addHeader(RequestSigner::HEADER, $this->signer->sign($body, $this->config->getSharedSecret()));
        try {
            $curl->post($url, $body);
        } catch (\Throwable $e) {
            throw new SidecarRequestException(sprintf('POST %s failed: %s', $url, $e->getMessage()), 0, $e);
        }
        $status = $curl->getStatus();
        $answer = (string) $curl->getBody();
        if ($status < 200 || $status >= 300) {
            throw new SidecarRequestException(sprintf('POST %s answered HTTP %d: %s', $url, $status, substr($answer, 0, 300)));
        }
        if (trim($answer) === '') {
            return [];
        }
        $decoded = json_decode($answer, true);
        if (!is_array($decoded)) {
            throw new SidecarRequestException(sprintf('POST %s answered HTTP %d with a body that is not JSON.', $url, $status));
        }
        return $decoded;
    }
}
