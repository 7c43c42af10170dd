import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../../sandbox/index.js';
import { getJson, postJson, startTestSandbox } from './sandbox-server.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../../', import.meta.url));
const reference = join(root, '../shared/reference/magento');
const checkShape = join(reference, 'rest/check-shape.mjs');
const validateGraphql = join(reference, 'graphql/validate-graphql.mjs');

/** Runs the reference checker; resolves to its report (exit code 0 = clean). */
async function check(script: string, args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout } = await run('node', [script, ...args], { cwd: root });
    return { code: 0, output: stdout };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? 1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

describe.skipIf(!existsSync(checkShape))('REST responses match Magento 2.4.8 shapes (../shared)', () => {
  let sandbox: RunningSandbox;
  let dir: string;
  beforeAll(async () => {
    sandbox = await startTestSandbox();
    dir = await mkdtemp(join(tmpdir(), 'sandbox-shapes-'));
  });
  afterAll(async () => {
    await sandbox.close();
    await rm(dir, { recursive: true, force: true });
  });

  const skuOf = (type: string) => sandbox.data.fixture.products.find((p) => p.type_id === type)?.sku ?? '';
  const cases: Array<[string, () => string]> = [
    ['Catalog.ProductInterface', () => '/rest/V1/products/RAPTOR-X15'],
    ['Catalog.ProductInterface', () => `/rest/eu_en/V1/products/${skuOf('configurable')}`],
    ['Catalog.ProductInterface', () => `/rest/V1/products/${skuOf('bundle')}`],
    ['Catalog.ProductSearchResultsInterface', () => '/rest/V1/products?searchCriteria[pageSize]=100'],
    ['Catalog.CategoryTreeInterface', () => '/rest/V1/categories'],
    ['Catalog.CategorySearchResultsInterface', () => '/rest/V1/categories/list?searchCriteria='],
    ['Catalog.ProductAttributeInterface', () => '/rest/V1/products/attributes/material'],
    ['Eav.AttributeOptionInterface[]', () => '/rest/V1/products/attributes/color/options'],
    ['CatalogInventory.StockItemInterface', () => '/rest/V1/stockItems/NOVA-G16'],
    ['Sales.OrderSearchResultInterface', () => '/rest/V1/orders?searchCriteria='],
    ['Sales.InvoiceSearchResultInterface', () => '/rest/V1/invoices?searchCriteria='],
    ['Sales.ShipmentSearchResultInterface', () => '/rest/V1/shipments?searchCriteria='],
    ['Sales.CreditmemoSearchResultInterface', () => '/rest/V1/creditmemos?searchCriteria='],
    ['Sales.OrderStatusHistorySearchResultInterface', () => '/rest/V1/orders/1/comments'],
    ['Customer.CustomerSearchResultsInterface', () => '/rest/V1/customers/search?searchCriteria='],
    ['Store.StoreInterface[]', () => '/rest/V1/store/storeViews'],
    ['Store.WebsiteInterface[]', () => '/rest/V1/store/websites'],
    ['Store.GroupInterface[]', () => '/rest/V1/store/storeGroups'],
    ['Store.StoreConfigInterface[]', () => '/rest/V1/store/storeConfigs'],
    ['Cms.PageSearchResultsInterface', () => '/rest/V1/cmsPage/search?searchCriteria='],
  ];

  it.each(cases)('%s', async (type, path) => {
    const { status, body } = await getJson(`${sandbox.url}${path()}`);
    expect(status).toBe(200);
    const file = join(dir, `${type.replace(/\W/g, '_')}.json`);
    await writeFile(file, JSON.stringify(body));
    const result = await check(checkShape, [type, file]);
    expect(result.output).toMatch(/^ok: matches/);
  });

  it('keeps orders and credit memos Magento-shaped after a refund written at run time', async () => {
    const order = sandbox.data.fixture.orders.find((o) => o.state === 'complete');
    const refund = await postJson(`${sandbox.url}/rest/V1/order/${order?.entity_id}/refund`, {
      notify: true,
      appendComment: true,
      comment: { comment: 'Refunded the damaged item', is_visible_on_front: 1 },
      arguments: { adjustment_negative: 1 },
    });
    for (const [type, path] of [
      ['Sales.OrderInterface', `/rest/V1/orders/${order?.entity_id}`],
      ['Sales.CreditmemoInterface', `/rest/V1/creditmemo/${String(refund.body)}`],
    ] as const) {
      const file = join(dir, `after-${type}.json`);
      await writeFile(file, JSON.stringify((await getJson(`${sandbox.url}${path}`)).body));
      expect((await check(checkShape, [type, file])).output).toMatch(/^ok: matches/);
    }
  });
});

describe.skipIf(!existsSync(validateGraphql))(
  'GraphQL schema and operations match Magento 2.4.8 (../shared)',
  () => {
    it('keeps sandbox/graphql/schema.graphqls a faithful subset of the real schema', async () => {
      const result = await check(validateGraphql, ['--subset', 'sandbox/graphql/schema.graphqls']);
      expect(result.output).toMatch(/0 mismatch\(es\)/);
      expect(result.code).toBe(0);
    });

    it('sends only operations that validate against the real schema', async () => {
      const result = await check(validateGraphql, ['--quiet', 'test/integration/sandbox/graphql.test.ts']);
      expect(result.code, result.output).toBe(0);
    });
  },
);
