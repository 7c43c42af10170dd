import type { Config } from '../config/config.js';
import type { Logger } from '../logger.js';
import type { MagentoHttp } from './magento-http.js';
import { createGraphqlStorefront } from './graphql-storefront.js';
import { MagentoGraphqlTransport } from './graphql-transport.js';
import type { MagentoClient } from './magento-client.js';
import { createRestCatalogReader } from './rest-catalog-reader.js';
import { createRestCmsReader } from './rest-cms-reader.js';
import { createRestCustomerReader } from './rest-customer-reader.js';
import { createRestSalesReader } from './rest-sales-reader.js';
import { createRestSalesWriter } from './rest-sales-writer.js';
import { createRestStoreReader } from './rest-store-reader.js';
import { type MagentoConnection, MagentoRestTransport } from './rest-transport.js';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry-policy.js';

export interface MagentoClientOptions {
  /** Store base URL, e.g. `https://shop.example.com`. */
  baseUrl: string;
  /** Integration/admin bearer token. */
  token?: string;
  /** Per-attempt timeout in ms. @default 10000 */
  timeoutMs?: number;
  /** @default DEFAULT_RETRY_POLICY (3 retries, 200 ms base, 5 s cap) */
  retry?: Partial<RetryPolicy>;
  /** The HTTP exchange; a test may inject `fetch`. @default magentoRequest */
  http?: MagentoHttp;
  logger?: Logger;
  sleep?: (ms: number) => Promise<void>;
}

/** The HTTP adapter of the `MagentoClient` port: REST for admin reads and writes, GraphQL for storefront reads. */
export function createMagentoClient(options: MagentoClientOptions): MagentoClient {
  const connection: MagentoConnection = {
    baseUrl: options.baseUrl,
    token: options.token,
    timeoutMs: options.timeoutMs ?? 10_000,
    retry: { ...DEFAULT_RETRY_POLICY, ...options.retry },
    http: options.http,
    logger: options.logger,
    sleep: options.sleep,
  };
  const rest = new MagentoRestTransport(connection);
  const graphql = new MagentoGraphqlTransport(connection);
  const stores = createRestStoreReader(rest);
  return {
    ...createRestCatalogReader(rest),
    ...createRestSalesReader(rest),
    ...createRestCustomerReader(rest),
    ...stores,
    ...createRestCmsReader(rest, stores),
    ...createRestSalesWriter(rest),
    ...createGraphqlStorefront(graphql),
  };
}

/** Client options from the runtime config (`MAGENTO_URL`, `MAGENTO_TOKEN`, `MAGENTO_TIMEOUT_MS`, `MAGENTO_RETRIES`). */
export function magentoClientOptionsFromConfig(
  config: Pick<Config, 'MAGENTO_TOKEN' | 'MAGENTO_TIMEOUT_MS' | 'MAGENTO_RETRIES'>,
  baseUrl: string,
): MagentoClientOptions {
  return {
    baseUrl,
    token: config.MAGENTO_TOKEN,
    timeoutMs: config.MAGENTO_TIMEOUT_MS,
    retry: { retries: config.MAGENTO_RETRIES },
  };
}
