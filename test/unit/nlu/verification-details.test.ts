import { describe, expect, it } from 'vitest';
import { analyse } from '../../../sidecar/nlu/understand.js';
import { buildFixtureModel } from './support.js';

/** Details given without their labels after the engine asked for guest verification. */
describe('verification details without labels', () => {
  const model = buildFixtureModel();
  const asked = (text: string) =>
    analyse(model, text, { awaiting: 'verification', previousIntent: 'order_status' });

  it.each([
    ['Smith', { lastName: 'Smith' }],
    ['smith', { lastName: 'smith' }],
    ["O'Brien", { lastName: "O'Brien" }],
    ['Jane Smith', { lastName: 'Smith' }],
    ['98101', { postcodes: ['98101'] }],
    ['jane@x.com smith', { lastName: 'smith', emails: ['jane@x.com'] }],
    ['Smith, 98101', { lastName: 'Smith', postcodes: ['98101'] }],
    ["it's Dupont", { lastName: 'Dupont' }],
    ['c’est Lefèvre', { lastName: 'Lefèvre' }],
    ['jane@example.com', { emails: ['jane@example.com'] }],
  ] as const)('%j', (text, expected) => {
    const e = asked(text).entities;
    expect({
      ...(e.lastName ? { lastName: e.lastName } : {}),
      ...(e.postcodes.length ? { postcodes: e.postcodes } : {}),
      ...(e.emails.length ? { emails: e.emails } : {}),
    }).toEqual(expected);
  });

  it.each([
    'yes',
    'no thanks',
    'help',
    'I want to talk to a human',
    'where is my order smith please tell me now',
    'can i cancel it',
    'want to return it',
    'je peux annuler ?',
  ])('takes no name from %j', (text) => {
    expect(asked(text).entities.lastName).toBeUndefined();
  });

  it('takes no bare name when verification was not asked for', () => {
    expect(analyse(model, 'Smith').entities.lastName).toBeUndefined();
    expect(analyse(model, 'Smith', { awaiting: 'confirmation' }).entities.lastName).toBeUndefined();
  });

  it('takes a bare postcode given beside the order number and its e-mail, unasked', () => {
    const e = analyse(model, 'order 000000086, lucas.tanaka1000@example.com, 97201').entities;
    expect(e.postcodes).toEqual(['97201']);
    expect(e.orderNumbers.map((o) => o.value)).toEqual(['000000086']);
    // Alone, five digits are as likely a quantity or a price.
    expect(analyse(model, 'I need 12000 of these').entities.postcodes).toEqual([]);
    expect(analyse(model, 'order 000000086 costs 97201?').entities.postcodes).toEqual([]);
  });

  it('takes a bare name given beside the order number and its e-mail, unasked, and no item in them', () => {
    const e = analyse(model, 'order 000000086 lucas.tanaka1000@example.com lucas tanaka').entities;
    expect(e.lastName).toBe('tanaka');
    expect(e.itemMentions).toEqual([]);
    expect(analyse(model, '000000086, lucas.tanaka1000@example.com, Tanaka').entities.lastName).toBe(
      'Tanaka',
    );
    // A question around them is no name.
    expect(
      analyse(model, 'where is my order 000000086? lucas.tanaka1000@example.com').entities.lastName,
    ).toBeUndefined();
  });

  it('reads a bare answer as guest verification', () => {
    expect(asked('Smith').intent).toBe('guest_verification');
    expect(asked('jane@x.com smith').intent).toBe('guest_verification');
  });
});

describe('corrections', () => {
  const model = buildFixtureModel();
  it.each([
    ['sorry, the postcode is 98102', true],
    ['actually it is Smyth', true],
    ['I meant order 46', true],
    ['no wait, my email is jane@y.com', true],
    ["pardon, le code postal c'est 75012", true],
    ['je me suis trompé, c’est 75013', true],
    ['en fait c’est Dupond', true],
    ['the postcode is 98102', false],
    ['where is my order', false],
    ['I waited two weeks', false],
  ] as const)('%j → %s', (text, expected) => {
    expect(analyse(model, text, { awaiting: 'verification' }).flags.correction).toBe(expected);
  });

  it('carries the corrected value', () => {
    const u = analyse(model, 'sorry, the postcode is 98102', { awaiting: 'verification' });
    expect(u.entities.postcodes).toEqual(['98102']);
    expect(u.entities.lastName).toBeUndefined();
  });
});
