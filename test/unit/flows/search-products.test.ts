import { testTurn } from '../../support/flow-turn.js';
import { describe, expect, it } from 'vitest';
import type { MagentoClient } from '../../../common/magento/magento-client.js';
import { newDialogueState, type DialogueState } from '../../../sidecar/flows/dialogue-state.js';
import type { ChatDeps, ProductFilters, ProductHit } from '../../../sidecar/flows/flow-deps.js';
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
  /** Whether its name says the kind of product searched for (`boot`). */
  named?: boolean;
  /** The shopper's word for a kind no product has the word of ("beanies"); `named`: whether it means it. */
  missing?: string;
  color?: string;
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
    ...(p.named === undefined
      ? {}
      : { kind: { term: 'boot', named: p.named, ...(p.missing ? { missing: p.missing } : {}) } }),
  } as unknown as ProductHit;
}

/** An index that ranks `ranking` (after its own filters) and a store that knows every product live. */
interface Call {
  query?: string;
  offset?: number;
  filters: unknown;
}

/** An index that ranks `ranking` (after its price and colour filters) and a store that knows every product live. */
function deps(
  ranking: Product[],
  calls: Call[] = [],
  locale: 'en' | 'fr' = 'en',
  categories?: [number, { parentId: number | null; name: string }][],
): ChatDeps {
  const bySku = new Map(ranking.map((p) => [p.sku, p]));
  return {
    policies: {
      async categoryTree() {
        if (!categories) throw new Error('no category tree');
        return new Map(categories);
      },
    },
    attributeLabels: async () => new Map([['color', locale === 'fr' ? 'Couleur' : 'Color']]),
    catalog: {
      async searchProducts(
        query: string,
        options: { offset?: number; limit: number; filters: ProductFilters },
      ) {
        calls.push({ query, offset: options.offset, filters: options.filters });
        const from = options.offset ?? 0;
        const { maxPrice, attributes } = options.filters;
        return ranking
          .filter((p) => maxPrice === undefined || p.price <= maxPrice)
          .filter((p) => !attributes?.color || attributes.color.includes(p.color ?? ''))
          .slice(from, from + options.limit)
          .map(hit);
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

function turn(
  text: string,
  state: DialogueState,
  flags: Partial<Understanding['flags']> = {},
  entities: Partial<Understanding['entities']> = {},
  locale: 'en' | 'fr' = 'en',
  searchQuery?: string,
): Turn {
  return testTurn(text, state, {
    intent: 'product_search',
    flags,
    entities,
    locale,
    ...(searchQuery === undefined ? {} : { searchQuery }),
  });
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
    const calls: Call[] = [];
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

  describe('refining a search', () => {
    const boot = { sku: 'B1', name: 'Grip Hiking Boot', price: 140, named: true, color: 'Brown' };
    // What else the words "hiking boots" meet: not boots.
    const others = [
      { sku: 'M1', name: 'Trail Map Case', price: 10, named: false, color: 'Blue' },
      { sku: 'H1', name: 'Trail Headlamp', price: 130, named: false, color: 'Blue' },
    ];
    const cheap = { budget: { qualitative: 'cheap' as const, raw: 'cheaper' } };
    const blue = {
      attributes: [{ code: 'color', value: '5', label: 'Blue', raw: 'blue', start: 3, end: 7 }],
    };
    const after = (s: DialogueState, o: { state: Partial<DialogueState> }) =>
      ({ ...s, ...o.state }) as DialogueState;

    it('keeps the words and kind of product searched for, and says when nothing else fits', async () => {
      const calls: Call[] = [];
      const ranking = [boot, ...others];
      const first = await searchProducts(turn('hiking boots', state()), deps(ranking, calls));
      // Products of another kind that the words meet are not shown with the boots.
      expect(first.products.map((p) => p.sku)).toEqual(['B1']);
      expect(first.state.lastSearch?.kind).toEqual({ term: 'boot', word: 'boots' });

      const cheaper = await searchProducts(
        turn('cheaper', after(state(), first), {}, cheap),
        deps(ranking, calls),
      );
      expect(calls.at(-1)).toMatchObject({ query: 'hiking boots', filters: { maxPrice: 139.99 } });
      expect(cheaper.products).toEqual([]);
      expect(cheaper.reply).toMatch(/^I found nothing cheaper for "boots"\./);
      expect(cheaper.reply).not.toMatch(/budget/);

      const inBlue = await searchProducts(
        turn('in blue', after(state(), first), { followUp: true }, blue),
        deps(ranking, calls),
      );
      expect(calls.at(-1)).toMatchObject({
        query: 'hiking boots',
        filters: { attributes: { color: ['Blue'] } },
      });
      expect(inBlue.products).toEqual([]);
      expect(inBlue.reply).toMatch(/^I found nothing for "boots" \(Color: Blue\)\./);

      const more = await searchProducts(
        turn('show me more', after(after(state(), first), inBlue), { moreResults: true }),
        deps(ranking, calls),
      );
      expect(calls.at(-1)).toMatchObject({
        query: 'hiking boots',
        filters: { attributes: { color: ['Blue'] } },
      });
      expect(more.products).toEqual([]);

      const onlyOne = await searchProducts(
        turn('show me more', after(state(), first), { moreResults: true }),
        deps(ranking, calls),
      );
      expect(onlyOne.reply).toMatch(/^That's the only product I found for "boots"\./);
    });

    it('"for women" after a search keeps its words and filters and adds whom the products are for', async () => {
      const calls: Call[] = [];
      const ranking = [boot, ...others];
      const first = await searchProducts(turn('hiking boots', state()), deps(ranking, calls));
      await searchProducts(
        turn('for women?', after(state(), first), {}, { audiences: ['women'] }),
        deps(ranking, calls),
      );
      expect(calls.at(-1)).toMatchObject({ query: 'hiking boots', filters: { audience: ['women'] } });
    });

    it('a misspelt kind ("hiking bots") is still the kind searched for', async () => {
      const calls: Call[] = [];
      const first = await searchProducts(turn('hiking bots', state()), deps([boot, ...others], calls));
      expect(first.state.lastSearch?.kind).toEqual({ term: 'boot', word: 'boot' });
    });

    it('the sold-out ones are shown only when asked for, with the search kept', async () => {
      const calls: Call[] = [];
      const ranking = [boot, ...others];
      const first = await searchProducts(turn('hiking boots', state()), deps(ranking, calls));
      expect(calls.at(-1)?.filters).not.toHaveProperty('includeOutOfStock');
      await searchProducts(
        turn('show me the sold-out ones too', after(state(), first), { includeSoldOut: true }),
        deps(ranking, calls),
      );
      expect(calls.at(-1)).toMatchObject({ query: 'hiking boots', filters: { includeOutOfStock: true } });
    });

    it('"cheaper" goes under the cheapest of the kind shown, and names no budget the shopper did not give', async () => {
      const boots = [140, 120, 90, 60].map((price, i) => ({ ...boot, sku: `B${i}`, price }));
      const ranking = [boots[0]!, boots[1]!, others[1]!, boots[2]!, boots[3]!];
      const first = await searchProducts(turn('hiking boots', state()), deps(ranking.slice(0, 3)));
      const cheaper = await searchProducts(turn('cheaper', after(state(), first), {}, cheap), deps(ranking));
      expect(cheaper.products.map((p) => p.sku)).toEqual(['B3', 'B2']);
      expect(cheaper.reply).toMatch(/\(cheaper than the ones before\)/);
    });

    it('"cheaper" after "show me more" goes under the cheapest of every page; a page never repeats the last', async () => {
      const boots = [140, 60, 120, 90, 100, 130].map((price, i) => ({ ...boot, sku: `B${i}`, price }));
      const calls: Call[] = [];
      const first = await searchProducts(turn('hiking boots', state()), deps(boots, calls));
      expect(first.products.map((p) => p.price)).toEqual([140, 60, 120, 90]);
      // The deeper page's ranking brings the last page's B3 back first.
      const reranked = [boots[3]!, boots[4]!, boots[5]!];
      const more = await searchProducts(turn('show me more', after(state(), first), { moreResults: true }), {
        ...deps(reranked),
        catalog: { searchProducts: async () => reranked.map(hit) },
      } as unknown as ChatDeps);
      expect(more.products.map((p) => p.sku)).toEqual(['B4', 'B5']);
      const cheaper = await searchProducts(
        turn('cheaper', after(after(state(), first), more), {}, cheap),
        deps(boots, calls),
      );
      expect(calls.at(-1)).toMatchObject({ filters: { maxPrice: 59.99 } });
      expect(cheaper.reply).toMatch(/^I found nothing cheaper for "boots"/);
    });

    it('a cheaper ask that names another kind of product ("cheap tents" after boots) is a new search', async () => {
      const calls: Call[] = [];
      const first = await searchProducts(turn('hiking boots', state()), deps([boot], calls));
      const tent = { sku: 'T1', name: 'Trail Tent', price: 200, named: true };
      const tentIndex = {
        ...deps([tent], calls),
        catalog: {
          async searchProducts(query: string, options: { filters: ProductFilters }) {
            calls.push({ query, filters: options.filters });
            return [{ ...hit(tent), kind: { term: 'tent', named: true } }];
          },
        },
      } as unknown as ChatDeps;
      const tents = await searchProducts(
        turn(
          'cheap tents',
          after(state(), first),
          {},
          { budget: { qualitative: 'cheap', raw: 'cheap' } },
          'en',
          'tents',
        ),
        tentIndex,
      );
      expect(calls.at(-1)).toMatchObject({ query: 'tents', filters: {} });
      expect(tents.products.map((p) => p.sku)).toEqual(['T1']);
      expect(tents.state.lastSearch?.kind).toEqual({ term: 'tent', word: 'tents' });
    });

    it("names attributes by the store's label and the budget in the template's words, in French too", async () => {
      const budget = { budget: { max: 200, raw: 'moins de 200 €' } };
      const result = await searchProducts(
        turn('chaussures bleues moins de 200 €', state(), {}, { ...budget, ...blue }, 'fr'),
        deps([{ ...boot, color: 'Blue' }], [], 'fr'),
      );
      expect(result.reply).toMatch(/\(dans votre budget et Couleur : Blue\) :/);
      expect(result.reply).not.toMatch(/color/);
    });

    it("searches the NLU's query, with a size as a filter, not as a word the products should be described by", async () => {
      const calls: Call[] = [];
      const size = {
        attributes: [{ code: 'size', value: '8', label: '8', raw: '8', start: 27, end: 28 }],
      };
      await searchProducts(
        turn('womens running shoes size 8', state(), {}, size, 'en', 'womens running shoes'),
        deps([{ ...boot, matched: ['running'] }], calls),
      );
      expect(calls[0]).toMatchObject({
        query: 'womens running shoes',
        filters: { attributes: { size: ['8'] } },
      });
    });
  });

  describe('a kind of product asked for', () => {
    // What a search for beanies meets by meaning alone: nothing that is, or means, a beanie.
    const unrelated = [
      { sku: 'P1', name: 'Smart Plug', price: 30, named: false, missing: 'beanies' },
      { sku: 'S1', name: 'Soccer Ball', price: 20, named: false, missing: 'beanies' },
    ];
    const tree: [number, { parentId: number | null; name: string }][] = [
      [1, { parentId: null, name: 'Root Catalog' }],
      [2, { parentId: 1, name: 'Default Category' }],
      [3, { parentId: 2, name: 'Apparel' }],
      [4, { parentId: 2, name: 'Outdoor' }],
      [5, { parentId: 3, name: 'Jackets' }],
    ];

    it('says the store has none of a kind no product is or means, with its top categories', async () => {
      const result = await searchProducts(
        turn('do you have beanies?', state()),
        deps(unrelated, [], 'en', tree),
      );
      expect(result.products).toEqual([]);
      expect(result.reply).toBe(
        'I couldn\'t find "beanies" in this store. It carries Apparel and Outdoor. Would you like to look at one of those? I can also connect you with a person.',
      );
      expect(result.quickReplies).toEqual(['Talk to a human']);
    });

    it('says so in French, and without the categories when the tree cannot be read', async () => {
      const bonnets = unrelated.map((p) => ({ ...p, missing: 'bonnets' }));
      const fr = await searchProducts(
        turn('vous vendez des bonnets ?', state(), {}, {}, 'fr'),
        deps(bonnets, [], 'fr', tree),
      );
      expect(fr.reply).toMatch(
        /^Je n’ai pas trouvé « bonnets » dans ce magasin\. Il propose : Apparel et Outdoor\./,
      );
      const plain = await searchProducts(turn('do you have beanies?', state()), deps(unrelated));
      expect(plain.reply).toMatch(
        /^I couldn't find "beanies" in this store\. Could you describe it another way\?/,
      );
    });

    it('shows the closest products when they meet another word the shopper used', async () => {
      // "waterproof holder for maps": no product is a "holder", the map cases meet "maps".
      const cases = [
        { sku: 'M1', name: 'Trail Map Case', price: 20, named: false, missing: 'holder', matched: ['maps'] },
      ];
      const result = await searchProducts(turn('waterproof holder for maps', state()), deps(cases));
      expect(result.products.map((p) => p.sku)).toEqual(['M1']);
    });

    it('shows what means the kind when no product has its word ("jigsaw" → puzzles)', async () => {
      const puzzles = [
        { sku: 'Z1', name: 'Family Puzzle', price: 20, named: true, missing: 'jigsaw' },
        { sku: 'C1', name: 'Card Game', price: 10, named: false, missing: 'jigsaw' },
      ];
      const result = await searchProducts(turn('jigsaw', state()), deps(puzzles));
      expect(result.products.map((p) => p.sku)).toEqual(['Z1']);
      expect(result.reply).toMatch(/^None of these is described as jigsaw; they are the closest I found/);
    });

    it('shows only products of the kind asked for when there are some, with the unmet words', async () => {
      // "a rain jacket for hiking": the first-aid kit meets "hiking", it is no jacket.
      const ranking = [
        {
          sku: 'J1',
          name: 'Trail Fleece Jacket',
          price: 148,
          named: true,
          matched: ['jacket'],
          unmatched: ['rain', 'hiking'],
        },
        {
          sku: 'K1',
          name: 'First Aid Kit',
          price: 17,
          named: false,
          matched: ['rain', 'hiking'],
          unmatched: ['jacket'],
          score: 0.6,
        },
      ];
      const result = await searchProducts(turn('rain jacket for hiking', state()), deps(ranking));
      expect(result.products.map((p) => p.sku)).toEqual(['J1']);
      expect(result.reply).toMatch(/^None of these is described as rain and hiking;/);
    });
  });

  describe('refinements that add to a search', () => {
    const tents = [
      { sku: 'T2', name: '2-Person Tent', price: 80, named: true },
      { sku: 'T4', name: '4-Person Tent', price: 120, named: true },
    ];
    const after = (s: DialogueState, o: { state: Partial<DialogueState> }) =>
      ({ ...s, ...o.state }) as DialogueState;

    it('"what about for 4 people" adds its words to the search it refines', async () => {
      const calls: Call[] = [];
      const first = await searchProducts(
        turn('show me tents', state(), {}, {}, 'en', 'tents'),
        deps(tents, calls),
      );
      await searchProducts(
        turn(
          'what about for 4 people',
          after(state(), first),
          { followUp: true },
          {},
          'en',
          'what about for 4 people',
        ),
        deps(tents, calls),
      );
      expect(calls.at(-1)?.query).toBe('tents what about for 4 people');
    });

    it('"cheaper ones?" (a comparative) is cheaper than the cheapest shown', async () => {
      const calls: Call[] = [];
      const first = await searchProducts(
        turn('show me tents', state(), {}, {}, 'en', 'tents'),
        deps(tents, calls),
      );
      const cheaper = await searchProducts(
        turn('cheaper ones?', after(state(), first), {}, {
          references: [{ kind: 'comparative', comparative: 'cheapest', raw: 'cheaper', start: 0, end: 7 }],
        } as Partial<Understanding['entities']>),
        deps(tents, calls),
      );
      expect(calls.at(-1)).toMatchObject({ query: 'tents', filters: { maxPrice: 79.99 } });
      expect(cheaper.reply).toMatch(/^I found nothing cheaper for /);
    });

    it('a follow-up for another kind keeps the budget ("what about a lantern?" after a gift around $50)', async () => {
      const calls: Call[] = [];
      const gifts = [{ sku: 'G1', name: 'Camp Chair', price: 45 }];
      const budget = { budget: { max: 50, approximate: true, raw: 'around $50' } };
      const first = await searchProducts(
        turn(
          'a gift for my dad who likes camping, around $50',
          state(),
          {},
          budget,
          'en',
          'a gift for my dad who likes camping',
        ),
        deps(gifts, calls),
      );
      await searchProducts(
        turn(
          'what about a lantern?',
          after(state(), first),
          { followUp: true },
          {},
          'en',
          'what about a lantern?',
        ),
        deps([{ sku: 'L1', name: 'Lantern', price: 52, named: true }], calls),
      );
      expect(calls.at(-1)).toMatchObject({ query: 'what about a lantern?', filters: { maxPrice: 57.5 } });
    });
  });
});
