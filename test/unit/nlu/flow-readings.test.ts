import { describe, expect, it } from 'vitest';
import { matchOrderItems } from '../../../sidecar/nlu/entities/item-mentions.js';
import { resolveOrderReference } from '../../../sidecar/nlu/entities/order-reference.js';
import { splitClauses } from '../../../sidecar/nlu/requests.js';
import { analyse } from '../../../sidecar/nlu/understand.js';
import type { NluContext } from '../../../sidecar/nlu/types.js';
import { buildFixtureModel, FIXED_NOW } from './support.js';

/** What the flows' command generator reads from an `Understanding` besides the intent. */
const model = buildFixtureModel();
const confirming: NluContext = { awaiting: 'confirmation' };

describe('flow readings: change of mind, keep, hesitation', () => {
  it.each([
    "leave it, I'll keep it",
    'never mind',
    'actually no',
    'forget it',
    'non laissez tomber',
    'finalement je le garde',
    "nah i'll just keep them",
    'laisse tomber',
    'pas la peine',
    'non merci',
    'no thanks',
  ])('%j → deny', (text) => {
    const u = analyse(model, text, confirming);
    expect(u.intent).toBe('deny');
  });

  it.each(["leave it, I'll keep it", 'forget it', 'finalement je le garde'])(
    '%j is a change of mind',
    (text) => {
      expect(analyse(model, text, confirming).flags.changeOfMind).toBe(true);
    },
  );

  it.each([
    'what happens if I do?',
    'hmm not sure',
    'wait',
    'hold on',
    'let me think about it',
    'attends',
    'je sais pas trop',
    'euh peut-être',
  ])('%j is a hesitation, never a yes', (text) => {
    const u = analyse(model, text, confirming);
    expect(u.intent).not.toBe('affirm');
    expect(u.intent).not.toBe('deny');
    expect(u.flags.hesitation).toBe(true);
  });

  it.each(['yes please', 'yes go ahead', 'oui allez-y', 'ok do it'])('%j stays a yes', (text) => {
    const u = analyse(model, text, confirming);
    expect(u.intent).toBe('affirm');
    expect(u.flags.hesitation).toBe(false);
  });

  it.each([
    'I changed my mind, I want to return it',
    'never mind the jacket, where is my order?',
    'forget it, I want to talk to a human',
  ])('%j is no drop: a request follows', (text) => {
    expect(analyse(model, text).intent).not.toBe('deny');
  });
});

describe('flow readings: a greeting or thanks before a request', () => {
  it.each([
    ["hi, I'd like to return the earbuds", 'return_request', "I'd like to return the earbuds"],
    ['bonjour, où en est ma commande ?', 'order_status', 'où en est ma commande ?'],
    ['hello there, can i cancel my order please', 'cancel_order', 'can i cancel my order please'],
    ['salut, je veux annuler ma commande', 'cancel_order', 'je veux annuler ma commande'],
  ])('%j → %s', (text, intent, words) => {
    const u = analyse(model, text);
    expect(u.intent).toBe(intent);
    expect(u.requests).toEqual([expect.objectContaining({ intent, text: words })]);
  });

  it.each(['hi', 'hello there', 'bonjour', 'thanks!', 'merci beaucoup'])('%j alone stays social', (text) => {
    expect(['greeting', 'thanks']).toContain(analyse(model, text).intent);
  });
});

describe('flow readings: requests in order, each with its words', () => {
  it.each([
    [
      'do you have rain jackets and how long does shipping take?',
      [
        ['product_search', 'do you have rain jackets'],
        ['policy_question', 'how long does shipping take?'],
      ],
    ],
    [
      'vous avez des tentes ? et la livraison prend combien de temps ?',
      [
        ['product_search', 'vous avez des tentes ?'],
        ['policy_question', 'la livraison prend combien de temps ?'],
      ],
    ],
    [
      "where's my order? also how do I reset my password",
      [
        ['order_status', "where's my order?"],
        ['account_help', 'how do I reset my password'],
      ],
    ],
    // A question opened by "has" asks as much as one opened by "is": the terms are a request of their own.
    [
      'has 000000003 gone out yet, and btw how long do I have to send back a laptop?',
      [
        ['order_status', 'has 000000003 gone out yet'],
        ['policy_question', 'how long do I have to send back a laptop?'],
      ],
    ],
  ] as const)('%j', (text, expected) => {
    const u = analyse(model, text);
    expect(u.requests.map((r) => [r.intent, r.text])).toEqual(expected);
    expect(u.intent).toBe(expected[0][0]);
    expect(u.secondaryIntents.map((s) => s.intent)).toContain(expected[1][0]);
    expect(u.flags.multiIntent).toBe(true);
    for (const r of u.requests) expect(u.text.slice(r.start, r.end)).toBe(r.text);
  });

  it.each([
    'black and white sneakers',
    'tents and sleeping bags',
    'i bought a tent and it ripped on the first night',
    'where is my order 000000123',
    'my order is late again, i want to talk to a manager',
  ])('%j is one request', (text) => {
    const u = analyse(model, text);
    expect(u.requests).toHaveLength(1);
    expect(u.requests[0]?.intent).toBe(u.intent);
  });

  it('splits clauses at punctuation, connectors and a second question, not inside a noun phrase', () => {
    const clauses = (t: string) => splitClauses(t).map((s) => t.slice(s.start, s.end));
    expect(clauses('do you have rain jackets and how long does shipping take?')).toEqual([
      'do you have rain jackets',
      'how long does shipping take?',
    ]);
    expect(clauses('cancel it btw is there a fee')).toEqual(['cancel it', 'is there a fee']);
    expect(clauses('je veux annuler ma commande et changer mon mot de passe')).toEqual([
      'je veux annuler ma commande',
      'changer mon mot de passe',
    ]);
    expect(clauses('black and white sneakers')).toEqual(['black and white sneakers']);
    expect(clauses('the price is 4.50 right')).toEqual(['the price is 4.50 right']);
  });
});

describe('flow readings: item mentions', () => {
  const items = (text: string) =>
    analyse(model, text).entities.itemMentions.map((m) => ({
      phrase: m.phrase,
      quantifier: m.quantifier,
      ...(m.quantity !== undefined ? { quantity: m.quantity } : {}),
      ...(m.outOf !== undefined ? { outOf: m.outOf } : {}),
    }));
  it.each([
    ['both', [{ phrase: null, quantifier: 'all', quantity: 2 }]],
    ['all of them', [{ phrase: null, quantifier: 'all' }]],
    ['the two of them', [{ phrase: null, quantifier: 'all', quantity: 2 }]],
    ['just the earbuds', [{ phrase: 'earbuds', quantifier: 'only' }]],
    ['only one', [{ phrase: null, quantifier: 'count', quantity: 1 }]],
    ['les deux', [{ phrase: null, quantifier: 'all', quantity: 2 }]],
    ['tout', [{ phrase: null, quantifier: 'all' }]],
    ['tous les deux', [{ phrase: null, quantifier: 'all', quantity: 2 }]],
    ['one of the two puzzles', [{ phrase: 'puzzles', quantifier: 'count', quantity: 1, outOf: 2 }]],
    ['the one I placed on 3 October', []],
    ['sorry, the zip is 78704', []],
    ['order 10', []],
  ] as const)('%j', (text, expected) => {
    expect(items(text)).toEqual(expected);
  });

  const lines = [
    { sku: 'PZ1', name: 'Forest Jigsaw Puzzle', qty: 1 },
    { sku: 'PZ2', name: 'Ocean Jigsaw Puzzle', qty: 1 },
  ];
  it('applies a bare count to the order: both → every line, only one → ask which', () => {
    const match = (text: string, l = lines) =>
      matchOrderItems(analyse(model, text).entities.itemMentions, l, 'en');
    expect(match('both')).toEqual({
      kind: 'items',
      items: [
        { sku: 'PZ1', qty: 1 },
        { sku: 'PZ2', qty: 1 },
      ],
      unmatched: [],
    });
    expect(match('only one').kind).toBe('ambiguous');
    expect(match('just one of them', [{ sku: 'MUG', name: 'Camp Mug', qty: 2 }])).toEqual({
      kind: 'items',
      items: [{ sku: 'MUG', qty: 1 }],
      unmatched: [],
    });
    expect(match('all three of them').kind).toBe('none');
  });
});

describe('flow readings: orders named by date, short number, product', () => {
  const orders = [
    {
      number: '000000010',
      createdAt: '2026-10-03T10:00:00Z',
      items: [{ name: 'Sonique Pulse Earbuds', sku: 'EB' }],
    },
    { number: '000000042', createdAt: '2026-11-18T10:00:00Z', items: [{ name: 'Trail Tent 2P', sku: 'TT' }] },
    { number: '000000051', createdAt: '2026-11-23T09:00:00Z', items: [{ name: 'Camp Mug', sku: 'MUG' }] },
  ];
  it.each([
    ['my order from last week', '000000042'],
    ['the one I placed on 3 October', '000000010'],
    ['order 10', '000000010'],
    ['the one with the earbuds', '000000010'],
    ['my most recent one', '000000051'],
  ])('%j → %s', (text, number) => {
    const r = resolveOrderReference(analyse(model, text), orders, FIXED_NOW, 'UTC');
    expect(r).toMatchObject({ kind: 'order', number });
  });
});

describe('flow readings: corrections', () => {
  it.each([
    'sorry, the zip is 78704',
    'I meant the blue one',
    "non, le code postal c'est 75011",
    'make that the green one',
    "wrong email, it's jo@example.com",
  ])('%j is a correction', (text) => {
    expect(analyse(model, text).flags.correction).toBe(true);
  });

  it.each(['my zip is 78704', 'i want the blue one', 'no', 'non merci'])('%j is not', (text) => {
    expect(analyse(model, text).flags.correction).toBe(false);
  });

  it('reads "non, le code postal c\'est 75011" as the detail, not a refusal', () => {
    const u = analyse(model, "non, le code postal c'est 75011", { awaiting: 'verification' });
    expect(u.intent).not.toBe('deny');
    expect(u.entities.postcodes).toEqual(['75011']);
  });
});
