import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogCollectionSpec } from '../../../common/catalog/catalog-collection.js';
import {
  type CatalogDocument,
  documentChecksum,
  documentSearchText,
  parseCatalogDocument,
} from '../../../common/catalog/catalog-document.js';
import { SearchService, headTerm, missingKind, unmetWords } from '../../../common/catalog/search-service.js';
import { isPurposeWord } from '../../../common/language/stopwords.js';
import { GloveSifEmbedder } from '../../../common/embedding/glove-sif-embedder.js';
import { HashingEmbedder } from '../../../common/embedding/hashing-embedder.js';
import { EmbeddedVectorStore } from '../../../common/vector-store/embedded-vector-store.js';
import { writeTinyGloveSource } from '../embedding/glove-fixture.js';

let dir: string;
let store: EmbeddedVectorStore;
let service: SearchService;
let embedder: GloveSifEmbedder;

const doc = (id: string, title: string, price: number, extra: object = {}): CatalogDocument =>
  parseCatalogDocument({
    id,
    sku: id,
    type: 'product',
    store: 'default',
    title,
    text: `${title} for everyday use.`,
    price,
    currency: 'USD',
    url_key: id.toLowerCase(),
    language: 'en',
    ...extra,
  });

const DOCS = [
  doc('BAG-S', 'Small luggage bag', 35, {
    attributes: { color: ['Red'] },
    category_ids: [1],
    audience: ['women'],
  }),
  doc('BAG-L', 'Large luggage bag', 120, {
    attributes: { color: ['Black'] },
    category_ids: [1],
    flags: { sale: 'On sale' },
    audience: ['men'],
  }),
  doc('CASE', 'Hard suitcase', 90, { attributes: { color: ['Red'] }, category_ids: [1], in_stock: false }),
  doc('BIKE', 'Bicycle', 400, { category_ids: [2] }),
  doc('MUG', 'Coffee mug', 9, { category_ids: [3], text: 'A'.repeat(10) + ' ' + 'word '.repeat(100) }),
  doc('BAG-S', 'Petit sac', 32, { store: 'fr', currency: 'EUR', language: 'fr' }),
];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'verity-search-'));
  embedder = await GloveSifEmbedder.open(path.join(dir, 'data'), {
    sourcePath: await writeTinyGloveSource(dir),
  });
  store = new EmbeddedVectorStore({ directory: path.join(dir, 'index') });
  const opened = await store.openCollection(catalogCollectionSpec(embedder));
  if (!opened.ok) throw new Error('collection not opened');
  const vectors = await embedder.embed(DOCS.map((d) => documentSearchText(d)));
  await opened.collection.upsert(
    DOCS.map((document, i) => ({ document, checksum: documentChecksum(document), vector: vectors[i]! })),
  );
  const result = await SearchService.open(store, embedder);
  if (!result.ok) throw new Error('search not opened');
  service = result.service;
});
afterAll(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

describe('SearchService', () => {
  it('refuses a collection built by another embedder, or none at all', async () => {
    const refused = await SearchService.open(store, new HashingEmbedder(4));
    expect(!refused.ok && refused.violations.map((v) => v.code)).toEqual(['embedder_mismatch']);
    const empty = new EmbeddedVectorStore({ directory: path.join(dir, 'empty') });
    const missing = await SearchService.open(empty, embedder);
    expect(!missing.ok && missing.violations.map((v) => v.code)).toEqual(['collection_missing']);
  });

  it('returns the fields a reply needs, partitioned by store view', async () => {
    const hits = await service.search('luggage', { store: 'default' });
    expect(hits[0]).toMatchObject({
      type: 'product',
      sku: expect.stringMatching(/^BAG-/),
      name: expect.stringContaining('luggage'),
      url_key: expect.any(String),
      price: expect.any(Number),
      currency: 'USD',
      in_stock: true,
      matchedBy: 'both',
    });
    const fr = await service.search('sac', { store: 'fr' });
    expect(fr.map((h) => [h.id, h.currency])).toEqual([['BAG-S', 'EUR']]);
  });

  it('applies budget, attribute, category and stock constraints as filters', async () => {
    const query = 'luggage bag suitcase';
    const cheap = await service.search(query, { store: 'default', filters: { maxPrice: 100 } });
    expect(cheap.map((h) => h.id).sort()).toEqual(['BAG-S', 'CASE']);
    const red = await service.search(query, {
      store: 'default',
      filters: { attributes: { color: ['red'] }, inStock: true },
    });
    expect(red.map((h) => h.id)).toEqual(['BAG-S']);
    const inCategory = await service.search('coffee', { store: 'default', filters: { categoryIds: [1] } });
    expect(inCategory.every((h) => ['BAG-S', 'BAG-L', 'CASE'].includes(h.id))).toBe(true);
  });

  it('finds a synonym through the semantic backfill when no word matches', async () => {
    const hits = await service.search('suitcases', { store: 'default', limit: 3 });
    expect(hits[0]).toMatchObject({ id: 'CASE', matchedBy: 'both' });
    const synonyms = await service.search('baggage', { store: 'default', limit: 3 }, 'lexical');
    expect(synonyms).toEqual([]);
    const bicycle = await service.search('bike', { store: 'default', limit: 1 });
    expect(bicycle[0]).toMatchObject({ id: 'BIKE', matchedBy: 'semantic' });
  });

  it('cuts long texts to a snippet at a word boundary', async () => {
    const [mug] = await service.search('coffee mug', { store: 'default', limit: 1 });
    expect(mug!.snippet.length).toBeLessThanOrEqual(241);
    expect(mug!.snippet.endsWith('word…')).toBe(true);
  });

  it("adds corrections from the store view's own words to the query, never for a known word", async () => {
    const hits = await service.search('sutcase', { store: 'default', limit: 1 }, 'lexical');
    expect(hits.map((h) => h.id)).toEqual(['CASE']);
    expect(await service.expandQuery('sutcase', { store: 'default' })).toBe('sutcase suitcase');
    expect(await service.expandQuery('luggage', { store: 'default' })).toBe('luggage');
    // The fr store view has its own words: no "suitcase" there.
    expect(await service.expandQuery('sutcase', { store: 'fr' })).toBe('sutcase');
    expect(
      await service.search('sutcase', { store: 'default', limit: 1, spelling: false }, 'lexical'),
    ).toEqual([]);
  });

  it('pages through one ranking with offset', async () => {
    const all = await service.search('luggage bag suitcase', { store: 'default', limit: 3 });
    const second = await service.search('luggage bag suitcase', { store: 'default', limit: 2, offset: 1 });
    expect(second.map((h) => h.id)).toEqual(all.slice(1, 3).map((h) => h.id));
  });

  it('says which wanted properties each hit is described as having', async () => {
    const hits = await service.search('luggage', {
      store: 'default',
      wanted: ['large', 'waterproof'],
      limit: 5,
    });
    const large = hits.find((h) => h.id === 'BAG-L')!;
    expect(large).toMatchObject({ matched: ['large'], unmatched: ['waterproof'] });
    expect(hits.every((h) => h.unmatched.includes('waterproof'))).toBe(true);
  });

  it("reports the query's own store words per hit, as written, with wanted: 'query'", async () => {
    // "Large" is a store word; "my" is a stop word, "wife" and "42" no product's: none is a property.
    const hits = await service.search('Large luggage for my wife 42', { store: 'default', wanted: 'query' });
    const large = hits.find((h) => h.id === 'BAG-L')!;
    expect(large).toMatchObject({ matched: ['large', 'luggage'], unmatched: [] });
    const small = hits.find((h) => h.id === 'BAG-S')!;
    expect(small).toMatchObject({ matched: ['luggage'], unmatched: ['large'] });
  });

  it('says per hit whether its name or categories name the kind of product asked for', async () => {
    const hits = await service.search('red bag', { store: 'default', limit: 5 });
    const kinds = new Map(hits.map((h) => [h.id, h.kind]));
    expect(kinds.get('BAG-S')).toEqual({ term: 'bag', named: true });
    expect(kinds.get('CASE')).toEqual({ term: 'bag', named: false });
  });

  it('reports a kind no product has the word of, and which products mean it', async () => {
    // "bike": no product says it, the bicycle means it (GloVe), the suitcase does not.
    const bike = await service.search('bike', { store: 'default', limit: 6 });
    const kinds = new Map(bike.map((h) => [h.id, h.kind]));
    expect(kinds.get('BIKE')).toEqual({ term: 'bike', named: true, missing: 'bike' });
    expect(kinds.get('CASE')).toEqual({ term: 'bike', named: false, missing: 'bike' });
    // "bank": no product has the word; whether one means it is the embedder's call (tested with GloVe
    // in the eval, docs/search.md).
    const bank = await service.search('power bank', { store: 'default' });
    expect(bank.every((h) => h.kind?.missing === 'bank')).toBe(true);
    // A word the store has, but in no product's name or categories, is no kind the store sells.
    const everyday = await service.search('everyday', { store: 'default' });
    expect(everyday[0]?.kind).toMatchObject({ term: 'everydai', missing: 'everyday' });
    // A kind the store sells above the budget is still sold: not reported as missing.
    const cheapBags = await service.search('bag', { store: 'default', filters: { maxPrice: 10 } });
    expect(cheapBags.every((h) => h.kind?.term === 'bag' && h.kind.missing === undefined)).toBe(true);
    // A purpose is no kind: "gift" says why, not what.
    expect((await service.search('a gift for my wife', { store: 'default' }))[0]?.kind).toBeUndefined();
  });

  it('demotes products for another audience than the query names, and filters by audience', async () => {
    const forWomen = await service.search("women's luggage bag", { store: 'default', limit: 3 });
    expect(forWomen[0]!.id).toBe('BAG-S');
    const forMen = await service.search("men's luggage bag", { store: 'default', limit: 3 });
    expect(forMen[0]!.id).toBe('BAG-L');
    const filtered = await service.search('luggage bag', {
      store: 'default',
      filters: { audience: ['women'] },
    });
    expect(filtered.map((h) => h.id)).not.toContain('BAG-L');
    expect(filtered.map((h) => h.id)).toContain('BAG-S');
  });

  it('filters by yes/no attributes and returns them', async () => {
    const hits = await service.search('luggage bag suitcase', {
      store: 'default',
      filters: { flags: ['sale'] },
    });
    expect(hits.map((h) => [h.id, h.flags])).toEqual([['BAG-L', { sale: 'On sale' }]]);
  });

  it('exposes the single-sided and backend-fused strategies for evaluation', async () => {
    const semantic = await service.search('luggage', { store: 'default', limit: 2 }, 'semantic');
    expect(semantic.every((h) => h.matchedBy === 'semantic')).toBe(true);
    const hybrid = await service.search('luggage', { store: 'default', limit: 2 }, 'hybrid');
    expect(hybrid).toHaveLength(2);
  });
});

describe('unmetWords', () => {
  it('is the asked-for words no hit is described as, when the hits meet another one', () => {
    const fleece = { matched: ['jackets'], unmatched: ['waterproof'] };
    expect(unmetWords([fleece, fleece])).toEqual(['waterproof']);
    expect(unmetWords([fleece, { matched: ['jackets', 'waterproof'], unmatched: [] }])).toEqual([]);
    // Alike only in meaning: nothing the shopper said is met, so nothing is said to be missing.
    expect(unmetWords([{ matched: [], unmatched: ['waterproof', 'jackets'] }])).toEqual([]);
    expect(unmetWords([])).toEqual([]);
  });
});

describe('headTerm', () => {
  const store = new Set([
    'gaming',
    'laptop',
    'wireless',
    'earbud',
    'run',
    'tent',
    'place',
    'chaussur',
    'randonne',
  ]);

  it('is the last store word of the first phrase in English, the first in French', () => {
    expect(headTerm("I'm looking for a gaming laptop", 'en', store)).toBe('laptop');
    expect(headTerm('wireless earbuds for running', 'en', store)).toBe('earbud');
    expect(headTerm('je cherche une tente 2 places', 'fr', store)).toBe('tent');
    expect(headTerm('chaussures de randonnée', 'fr', store)).toBe('chaussur');
  });

  it('skips words of asking ("vous vendez des …"), even when a store page uses them', () => {
    expect(headTerm('vous vendez des tentes ?', 'fr', new Set([...store, 'vend']))).toBe('tent');
  });

  it('reads a kind the store names by another word ("coat": jackets), and skips talk words', () => {
    expect(headTerm('a warm coat for my girlfriend', 'en', new Set(['warm', 'jacket']))).toBe('coat');
    expect(headTerm('je cherche un manteau chaud', 'fr', new Set(['vest', 'chaud']))).toBe('manteau');
    expect(headTerm("I'm hoping you can help, a tent please", 'en', new Set(['help', 'tent']))).toBe('tent');
  });

  it('is undefined when no word of the query is a store word', () => {
    expect(headTerm('power bank', 'en', store)).toBeUndefined();
  });
});

describe('missingKind', () => {
  const store = new Set(['tent', 'jacket', 'camp']);

  it('is the head of the first phrase over every word when it is no store word', () => {
    expect(missingKind('do you have beanies?', 'en', store)).toEqual({ term: 'beani', missing: 'beanies' });
    expect(missingKind('do you carry wool beanies', 'en', store)?.missing).toBe('beanies');
    // Other words being the store's does not make the head one: "camp umbrellas" asks for umbrellas.
    expect(missingKind('camp umbrellas', 'en', store)?.missing).toBe('umbrellas');
    expect(missingKind('vous vendez des bonnets ?', 'fr', store)?.missing).toBe('bonnets');
    expect(missingKind('pis des mitaines ?', 'fr', store)?.missing).toBe('mitaines');
  });

  it('is undefined when the head is the store’s, a purpose or whom it is for', () => {
    expect(missingKind('rain jacket for hiking', 'en', store)).toBeUndefined();
    expect(missingKind("I'm looking for a rain jacket", 'en', store)).toBeUndefined();
    expect(missingKind('tents and beanies', 'en', store)).toBeUndefined();
    expect(missingKind('a gift for a runner', 'en', store)).toBeUndefined();
    expect(missingKind('un cadeau pour ma femme', 'fr', store)).toBeUndefined();
    expect(missingKind('for my wife', 'en', store)).toBeUndefined();
    expect(missingKind('under 50', 'en', store)).toBeUndefined();
    // A typo of a store word is found by its correction.
    expect(missingKind('rain jaket', 'en', store, (w) => w === 'jaket')).toBeUndefined();
    // A kind the store names by another word ("coat": jackets) is found by that word.
    expect(missingKind('a warm coat for my girlfriend', 'en', store)).toBeUndefined();
    expect(missingKind('un manteau chaud', 'fr', new Set(['vest']))).toBeUndefined();
    // An inverted pronoun and talk are no kind: the tent is.
    expect(
      missingKind('savez-vous me dire si la tente 4 places est encore disponible', 'fr', new Set(['tent'])),
    ).toBeUndefined();
    // Talk around the purchase and chat shorthand name no kind: "guy", "sz".
    expect(missingKind('anythin for a guy who likes coffee', 'en', store)?.missing).toBe('coffee');
    expect(
      missingKind(
        'hikng boots sz 10',
        'en',
        new Set(['boot']),
        (w) => w === 'hikng',
        (w) => w !== 'sz',
      ),
    ).toBeUndefined();
    // A word of asking the speller would correct ("vendez" → a store page's "vendu") is no matter.
    expect(missingKind('vous vendez des bonnets', 'fr', store, (w) => w === 'vendez')?.missing).toBe(
      'bonnets',
    );
  });
});

describe('isPurposeWord', () => {
  it('tells a purpose ("gift", "cadeau") from a kind of product', () => {
    expect(isPurposeWord('gift', 'en')).toBe(true);
    expect(isPurposeWord('cadeau', 'fr')).toBe(true);
    expect(isPurposeWord('jacket', 'en')).toBe(false);
    expect(isPurposeWord('gift', undefined)).toBe(false);
  });
});
