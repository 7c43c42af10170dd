import { describe, expect, it } from 'vitest';
import { findStreetAddress, withPostcode } from '../../../sidecar/nlu/entities/street-address.js';
import { analyse } from '../../../sidecar/nlu/understand.js';
import { buildFixtureModel } from './support.js';

describe('findStreetAddress', () => {
  it.each([
    [
      'I need to update the delivery address for order 4 to 88 Lake Ave, Austin TX 78703',
      '88 Lake Ave, Austin TX 78703',
    ],
    [
      'can i change the shipping address on my power bank order? i moved. new address is 1420 E Pine St, Seattle, WA 98122',
      '1420 E Pine St, Seattle, WA 98122',
    ],
    ['ship it to 12 Oak Street, Austin TX 78704 please', '12 Oak Street, Austin TX 78704'],
    [
      'pls send 000000003 to 88 Harbor Rd, Unit 2, Portland OR 97209 instead',
      '88 Harbor Rd, Unit 2, Portland OR 97209',
    ],
    ['livrez-la au 22 rue du Marché, 75002 Paris à la place', '22 rue du Marché, 75002 Paris'],
    ['nouvelle adresse : 12 rue de la Paix, 75002 Paris', '12 rue de la Paix, 75002 Paris'],
    ['changez pour le 3 bis avenue Foch 69006 Lyon svp', '3 bis avenue Foch 69006 Lyon'],
    ['the address is 221B Baker St, London NW1 6XE', '221B Baker St, London NW1 6XE'],
  ])('%j → %j', (text, expected) => {
    expect(findStreetAddress(text)).toBe(expected);
  });

  it.each([
    'I want to return 2 mugs',
    'order 4 please',
    'I paid $45 for 3 items',
    'where is my order 000000004?',
    'the zip is 78704 not 78703',
  ])('finds none in %j', (text) => {
    expect(findStreetAddress(text)).toBeUndefined();
  });
});

describe('withPostcode', () => {
  it('replaces the postcode an address has', () => {
    expect(withPostcode('88 Lake Ave, Austin TX 78703', '78704')).toBe('88 Lake Ave, Austin TX 78704');
    expect(withPostcode('12 rue de la Paix, 75002 Paris', '75003')).toBe('12 rue de la Paix, 75003 Paris');
  });

  it('adds one to an address without', () => {
    expect(withPostcode('88 Lake Ave, Austin TX', '78704')).toBe('88 Lake Ave, Austin TX, 78704');
  });
});

describe('the street address entity', () => {
  const model = buildFixtureModel();

  it('is read once by the NLU, in English and French, for the command generator', () => {
    expect(
      analyse(model, 'new address is 1420 E Pine St, Seattle, WA 98122 thanks').entities.streetAddress,
    ).toBe('1420 E Pine St, Seattle, WA 98122');
    expect(analyse(model, 'livrez plutôt au 12 rue de la Paix, 75002 Paris svp').entities.streetAddress).toBe(
      '12 rue de la Paix, 75002 Paris',
    );
    expect(analyse(model, 'I need 88 pairs of socks').entities.streetAddress).toBeUndefined();
  });
});
