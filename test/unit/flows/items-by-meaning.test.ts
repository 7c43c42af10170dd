import { describe, expect, it } from 'vitest';
import type { ChatDeps } from '../../../sidecar/flows/flow-deps.js';
import { boughtProductsMeant } from '../../../sidecar/flows/steps/items-by-meaning.js';
import type { Turn } from '../../../sidecar/flows/turn.js';

const turn = { store: { code: 'default', locale: 'en' } } as unknown as Turn;

/** A catalog whose search returns these hits, best first, whatever the words. */
function catalog(hits: { sku: string; title: string; score: number }[]): ChatDeps {
  return {
    catalog: {
      searchProducts: async (_query: string, options: { limit: number }) =>
        hits.slice(0, options.limit).map((h) => ({ ...h, matched: [], unmatched: [] })),
    },
  } as unknown as ChatDeps;
}

const BOUGHT = [
  { sku: 'CHARGER-1', name: 'Voltra PowerCube Portable Charger' },
  { sku: 'EARBUDS-1', name: 'Sonique Pulse Earbuds' },
];

describe('boughtProductsMeant', () => {
  it('is the best-ranked product the customer bought', async () => {
    const deps = catalog([
      { sku: 'OTHER', title: 'Solar Power Station', score: 1 },
      { sku: 'CHARGER-1', title: 'Voltra PowerCube Portable Charger', score: 0.9 },
      { sku: 'EARBUDS-1', title: 'Sonique Pulse Earbuds', score: 0.8 },
    ]);
    expect(await boughtProductsMeant('power bank', BOUGHT, turn, deps)).toEqual(['CHARGER-1']);
  });

  it('matches an ordered variant by its parent product name', async () => {
    const deps = catalog([{ sku: 'TEE', title: 'Trail Tee', score: 1 }]);
    const bought = [{ sku: 'TEE-M-BLUE', name: 'Trail Tee-M-Blue' }];
    expect(await boughtProductsMeant('the shirt', bought, turn, deps)).toEqual(['TEE-M-BLUE']);
  });

  it('is none when the bought products rank low or score far below the best', async () => {
    const weak = catalog([
      { sku: 'OTHER', title: 'Solar Power Station', score: 1 },
      { sku: 'CHARGER-1', title: 'Voltra PowerCube Portable Charger', score: 0.3 },
    ]);
    expect(await boughtProductsMeant('stuff', BOUGHT, turn, weak)).toEqual([]);
    const deep = catalog([
      ...['A', 'B', 'C', 'D', 'E'].map((sku) => ({ sku, title: sku, score: 1 })),
      { sku: 'CHARGER-1', title: 'Voltra PowerCube Portable Charger', score: 1 },
    ]);
    expect(await boughtProductsMeant('stuff', BOUGHT, turn, deep)).toEqual([]);
  });
});
