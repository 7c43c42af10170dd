import { describe, expect, it } from 'vitest';
import { generateFixture } from '../../../sandbox/data/generate-fixture.js';
import { fixtureSchema } from '../../../sandbox/data/fixture-schema.js';

const now = new Date('2026-06-15T00:00:00Z');

describe('demo store generator', () => {
  const fixture = generateFixture({ now });

  it('gives byte-identical data for the same seed and clock, different data for another seed', () => {
    expect(JSON.stringify(generateFixture({ now }))).toBe(JSON.stringify(fixture));
    expect(JSON.stringify(generateFixture({ now, seed: 7 }))).not.toBe(JSON.stringify(fixture));
  });

  it('produces a fixture that passes its own schema', () => {
    expect(fixtureSchema.safeParse(fixture).success).toBe(true);
  });

  it('builds the catalog the brief asks for', () => {
    expect(fixture.products).toHaveLength(1200);
    expect(fixture.categories.length).toBeGreaterThanOrEqual(10);
    const types = new Set(fixture.products.map((p) => p.type_id));
    expect([...types].sort()).toEqual(['bundle', 'configurable', 'simple']);
    expect(fixture.products.some((p) => p.status === 2)).toBe(true);
    expect(fixture.products.some((p) => p.visibility === 1)).toBe(true);
    const descriptions = fixture.products.map(
      (p) => p.custom_attributes.find((a) => a.attribute_code === 'description')?.value,
    );
    expect(descriptions.some((d) => d === undefined)).toBe(true);
    expect(descriptions.filter((d) => d?.includes('trusted supplier partner')).length).toBeGreaterThan(3);
    const gaming = fixture.products.filter(
      (p) =>
        p.extension_attributes.category_links?.some((l) => l.category_id === '7') &&
        p.name.includes('Gaming Laptop'),
    );
    expect(gaming.some((p) => p.price < 1500)).toBe(true);
    expect(gaming.some((p) => p.price > 1500)).toBe(true);
    expect(fixture.store_configs.map((c) => c.base_currency_code)).toEqual(['USD', 'EUR', 'EUR']);
  });

  it('resolves select values only through attribute options', () => {
    const color = fixture.attributes.find((a) => a.attribute_code === 'color');
    const raptor = fixture.products.find((p) => p.sku === 'RAPTOR-X15');
    const value = raptor?.custom_attributes.find((a) => a.attribute_code === 'color')?.value;
    expect(color?.options.find((o) => o.value === value)?.label).toBe('Black');
  });

  it('has orders in every state with consistent documents and open and closed return windows', () => {
    expect(new Set(fixture.orders.map((o) => o.state))).toEqual(
      new Set(['new', 'processing', 'complete', 'canceled', 'closed']),
    );
    for (const memo of fixture.creditmemos) {
      const order = fixture.orders.find((o) => o.entity_id === memo.order_id);
      expect(order?.total_refunded).toBeGreaterThanOrEqual(memo.grand_total);
    }
    for (const order of fixture.orders.filter((o) => o.state === 'closed')) {
      expect(order.total_refunded).toBe(order.total_paid);
    }
    const ages = fixture.orders
      .filter((o) => o.state === 'complete')
      .map((o) => (now.getTime() - Date.parse(`${o.created_at}Z`)) / 86_400_000);
    expect(ages.some((d) => d < 30)).toBe(true);
    expect(ages.some((d) => d > 30)).toBe(true);
    expect(fixture.orders.some((o) => o.customer_is_guest === 1)).toBe(true);
    expect(fixture.shipments.every((s) => s.tracks.length > 0)).toBe(true);
  });

  it('scales to 20,000 products', () => {
    expect(generateFixture({ now, productCount: 20_000 }).products).toHaveLength(20_000);
  });
});
