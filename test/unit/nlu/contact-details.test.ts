import { describe, expect, it } from 'vitest';
import { extractEmails } from '../../../sidecar/nlu/entities/email.js';
import { extractLastName } from '../../../sidecar/nlu/entities/last-name.js';
import { extractPostcodes } from '../../../sidecar/nlu/entities/postcode.js';

describe('extractEmails', () => {
  it.each([
    ['my email is jane.doe@example.com', ['jane.doe@example.com']],
    ['Email: A.B@Shop.co.uk, postcode 90210', ['a.b@shop.co.uk']],
    ['john+orders@mail.example.org.', ['john+orders@mail.example.org']],
    ['a@b.io and c@d.com', ['a@b.io', 'c@d.com']],
  ])('finds %j', (text, expected) => {
    expect(extractEmails(text)).toEqual(expected);
  });

  it.each(['email me please', 'user@localhost', '@handle on twitter', 'my email changed'])(
    'finds none in %j',
    (text) => {
      expect(extractEmails(text)).toEqual([]);
    },
  );
});

describe('extractPostcodes', () => {
  it.each([
    ['postcode SW1A 1AA', ['SW1A 1AA']],
    ['my zip is 10115', ['10115']],
    ['zip code 90210-1234', ['90210-1234']],
    ['ship to K1A 0B6', ['K1A 0B6']],
    ['postal code: 1012 AB', ['1012 AB']],
    ['sorry, the zip is 78704 not 78703', ['78704', '78703']],
  ])('finds %j', (text, expected) => {
    expect(extractPostcodes(text)).toEqual(expected);
  });

  it('takes a bare 5-digit code only when verification was asked for', () => {
    expect(extractPostcodes('10115')).toEqual([]);
    expect(extractPostcodes('10115', { expectingVerification: true })).toEqual(['10115']);
  });

  it.each(['I need 20000 units', 'under $50000', 'order 000000123', 'size 10'])(
    'finds none in %j',
    (text) => {
      expect(extractPostcodes(text)).toEqual([]);
    },
  );
});

describe('extractLastName', () => {
  it.each([
    ['my last name is Smith', 'Smith'],
    ['surname is O\u2019Neil', 'O\u2019Neil'],
    ["surname: O'Neil", "O'Neil"],
    ['billing last name Garcia', 'Garcia'],
    ['last name: Müller', 'Müller'],
    ['lastname smith', 'smith'],
    ['my last name is Smith and my email is a@b.com', 'Smith'],
    ['last name is Van Dyke', 'Van Dyke'],
    ['the name on the order is Jane Doe', 'Doe'],
    ['nom de famille : Lefèvre', 'Lefèvre'],
    ['mon nom de famille est Moreau', 'Moreau'],
    ["le nom de famille c'est Bonnet", 'Bonnet'],
    ['le nom sur la commande est Marie Dupont', 'Dupont'],
  ])('finds %j', (text, expected) => {
    expect(extractLastName(text)).toBe(expected);
  });

  it.each(['Smith', 'I bought a Sony', 'what is your name', 'name brand shoes', 'le nom du produit ?'])(
    'finds none in %j',
    (text) => {
      expect(extractLastName(text)).toBeUndefined();
    },
  );
});
