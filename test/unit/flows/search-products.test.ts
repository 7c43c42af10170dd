import { describe, expect, it } from 'vitest';
import type { MagentoClient } from '../../../common/magento/magento-client.js';
import { newDialogueState, type DialogueState } from '../../../sidecar/flows/dialogue-state.js';
import type { ChatDeps, ProductHit } from '../../../sidecar/flows/flow-deps.js';
import { searchProducts } from '../../../sidecar/flows/skills/search-products.js';
import type { Turn } from '../../../sidecar/flows/turn.js';
import type { Understanding } from '../../../sidecar/nlu/types.js';

/**
 * The find-products skill over a scripted index and store: which products it shows (live stock and
 * price decide), how "show me more" pages through the same ranking, and what it says when none of the
 * products shown is described by a word the shopper asked for.
 */
interface Product {
  sku: string;
  name: string;
  price: number;
  inStock?: boolean;
  matched?: string[];
  unmatched?: string[];
  score?: number;
}

function hit(p: Product): ProductHit {
  return {
    id: p.sku,
    type: 'product',
    store: 'default',
    title: p.name,
    text: '',
    sku: p.sku,
    category_ids: [],
    categories: [],
    attributes: {},
    flags: {},
    in_stock: true,
    score: p.score ?? 1,
    matched: p.matched ?? [],
    unmatched: p.unmatched ?? [],
  } as unknown as ProductHit;
}

/** An index that ranks `ranking` (after its own filters) and a store that knows every product live. */
function deps(ranking: Product[], calls: { offset?: number; filters: unknown }[] = []): ChatDeps {
  const bySku = new Map(ranking.map((p) => [p.sku, p]));
  return {
    catalog: {
      async searchProducts(_query: string, options: { offset?: number; limit: number; filters: unknown }) {
        calls.push({ offset: options.offset, filters: options.filters });
        const from = options.offset ?? 0;
        return ranking.slice(from, from + options.limit).map(hit);
      },
    },
    magento: {
      async getLiveProducts(_store: string, skus: readonly string[]) {
        const items = skus.flatMap((sku) => {
          const p = bySku.get(sku);
          if (!p) return [];
          const money = { value: p.price, currency: 'USD' };
          return [
            {
              __typename: 'SimpleProduct',
              sku,
              name: p.name,
              stock_status: p.inStock === false ? 'OUT_OF_STOCK' : 'IN_STOCK',
              price_range: {
                minimum_price: { regular_price: money, final_price: money, discount: null },
                maximum_price: null,
              },
              rating_summary: 0,
              review_count: 0,
            },
          ];
        });
        return { items, total_count: items.length };
      },
    } as unknown as MagentoClient,
  } as unknown as ChatDeps;
}

function turn(text: string, state: DialogueState, flags: Partial<Understanding['flags']> = {}): Turn {
  return {
    text,
    understanding: {
      text,
      intent: 'product_search',
      confidence: 1,
      alternatives: [],
      secondaryIntents: [],
      requests: [{ intent: 'product_search', confidence: 1, text, start: 0, end: text.length }],
      entities: {
        orderNumbers: [],
        products: [],
        attributes: [],
        dates: [],
        emails: [],
        postcodes: [],
        references: [],
        itemMentions: [],
        orderReferences: [],
        sentiment: { polarity: 'neutral', angry: false, markers: [] },
      },
      flags: {
        injection: [],
        followUp: false,
        lowConfidence: false,
        multiIntent: false,
        correction: false,
        hesitation: false,
        changeOfMind: false,
        source: 'rule',
        ...flags,
      },
      language: { code: 'en', supported: true, served: true, confidence: 1 },
    },
    state,
    store: {
      code: 'default',
      websiteCode: 'base',
      name: 'Demo',
      locale: 'en',
      currency: 'USD',
      timeZone: 'UTC',
      baseUrl: 'http://shop.test/',
      channel: 'web',
    },
    identity: null,
    ip: '127.0.0.1',
    now: new Date('2026-12-01T12:00:00Z'),
    attachments: [],
  };
}

const state = () =>
  newDialogueState({ sessionId: 's', conversationId: 'c', storeCode: 'default', customerId: null });

const tents = Array.from({ length: 10 }, (_, i) => ({ sku: `T${i}`, name: `Tent ${i}`, price: 100 + i }));

describe('searchProducts (find products)', () => {
  it('leaves out products Magento says are out of stock now', async () => {
    const ranking = [tents[0]!, { ...tents[1]!, inStock: false }, tents[2]!];
    const result = await searchProducts(turn('tents', state()), deps(ranking));
    expect(result.products.map((p) => p.sku)).toEqual(['T0', 'T2']);
  });

  it('shows no tail of mere likeness after the products that match', async () => {
    const ranking = [
      { ...tents[0]!, score: 1 },
      { ...tents[1]!, score: 0.93 },
      { sku: 'BALL', name: 'Soccer Ball', price: 20, score: 0.3 },
    ];
    const result = await searchProducts(turn('tents', state()), deps(ranking));
    expect(result.products.map((p) => p.sku)).toEqual(['T0', 'T1']);
  });

  it('"show me more" shows the next products of the same search and filters', async () => {
    const calls: { offset?: number; filters: unknown }[] = [];
    const first = await searchProducts(turn('tents', state()), deps(tents, calls));
    expect(first.products.map((p) => p.sku)).toEqual(['T0', 'T1', 'T2', 'T3']);
    const next = { ...state(), ...first.state } as DialogueState;
    const more = await searchProducts(
      turn('show me more', next, { moreResults: true, followUp: true }),
      deps(tents, calls),
    );
    expect(more.products.map((p) => p.sku)).toEqual(['T4', 'T5', 'T6', 'T7']);
    expect(more.reply).toMatch(/^More products that match/);
    expect(calls.map((c) => c.offset)).toEqual([0, 4]);
    const last = await searchProducts(
      turn('more', { ...next, ...more.state } as DialogueState, { moreResults: true }),
      deps(tents, calls),
    );
    expect(last.products.map((p) => p.sku)).toEqual(['T8', 'T9']);
    const end = await searchProducts(
      turn('more', { ...next, ...last.state } as DialogueState, { moreResults: true }),
      deps(tents, calls),
    );
    expect(end.products).toEqual([]);
    expect(end.reply).toMatch(/^That's everything I found/);
  });

  it('says which asked-for word none of the products shown is described as', async () => {
    const jackets = [1, 2, 3].map((i) => ({
      sku: `J${i}`,
      name: `Fleece Jacket ${i}`,
      price: 80,
      matched: ['jackets'],
      unmatched: ['waterproof'],
    }));
    const result = await searchProducts(turn('waterproof jackets', state()), deps(jackets));
    expect(result.reply).toMatch(/^None of these is described as waterproof; they are the closest I found/);
    const one = [{ ...jackets[0]!, matched: ['jackets', 'waterproof'], unmatched: [] }, ...jackets.slice(1)];
    const matches = await searchProducts(turn('waterproof jackets', state()), deps(one));
    expect(matches.reply).toMatch(/^Here are 3 products matching your search/);
  });
});
