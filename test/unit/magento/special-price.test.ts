import { describe, expect, it } from 'vitest';
import {
  bundleSpecialPercent,
  resolvePrice,
  specialPriceWindowOpen,
} from '../../../common/magento/pricing/special-price.js';

describe('resolvePrice', () => {
  const now = new Date('2026-03-15T12:00:00Z');

  it('applies a special price inside its window, both days included', () => {
    expect(
      resolvePrice(
        100,
        { price: '80.000000', from: '2026-03-01 00:00:00', to: '2026-03-15 00:00:00' },
        now,
        'UTC',
      ),
    ).toEqual({ regular: 100, special: 80, final: 80 });
    expect(resolvePrice(100, { price: '80', from: '2026-03-15 00:00:00' }, now, 'UTC').final).toBe(80);
  });

  it('ignores an expired, a future and a higher special price', () => {
    expect(resolvePrice(100, { price: '80', from: '2026-01-01', to: '2026-03-14' }, now, 'UTC').final).toBe(
      100,
    );
    expect(resolvePrice(100, { price: '80', from: '2026-03-16' }, now, 'UTC').final).toBe(100);
    expect(resolvePrice(100, { price: '120' }, now, 'UTC').final).toBe(100);
  });

  it('applies an open-ended special price and ignores a missing one', () => {
    expect(resolvePrice(50, { price: '45' }, now, 'UTC').final).toBe(45);
    expect(resolvePrice(50, {}, now, 'UTC')).toEqual({ regular: 50, special: undefined, final: 50 });
  });
});

describe('special-price windows are calendar days of the store time zone', () => {
  const window = { from: '2026-03-15 00:00:00', to: '2026-03-20 00:00:00' };
  // 23:30 UTC on the day before special_from_date: 00:30 on the 15th in Paris, 18:30 on the 14th in Chicago.
  const lateEvening = new Date('2026-03-14T23:30:00Z');

  it('opens at local midnight of special_from_date', () => {
    expect(specialPriceWindowOpen(window, lateEvening, 'Europe/Paris')).toBe(true);
    expect(specialPriceWindowOpen(window, lateEvening, 'UTC')).toBe(false);
    expect(specialPriceWindowOpen(window, lateEvening, 'America/Chicago')).toBe(false);
    expect(resolvePrice(100, { price: '80', ...window }, lateEvening, 'Europe/Paris').final).toBe(80);
    expect(resolvePrice(100, { price: '80', ...window }, lateEvening, 'UTC').final).toBe(100);
  });

  it('stays open through the whole local day of special_to_date', () => {
    // 2026-03-21 03:00 UTC is still the 20th (22:00) in Chicago, already the 21st in Paris.
    const early = new Date('2026-03-21T03:00:00Z');
    expect(specialPriceWindowOpen(window, early, 'America/Chicago')).toBe(true);
    expect(specialPriceWindowOpen(window, early, 'Europe/Paris')).toBe(false);
  });

  it('reads only the date of a Magento datetime and leaves an unreadable side open', () => {
    expect(specialPriceWindowOpen({ from: '2026-03-15 18:00:00' }, lateEvening, 'Europe/Paris')).toBe(true);
    expect(specialPriceWindowOpen({ from: 'soon', to: '2026-03-20' }, lateEvening, 'UTC')).toBe(true);
  });
});

describe('bundleSpecialPercent', () => {
  const now = new Date('2026-03-15T12:00:00Z');

  it('is the percentage the shopper pays, inside its window, between 0 and 100 only', () => {
    expect(bundleSpecialPercent({ price: '90.000000', from: '2026-03-01' }, now, 'UTC')).toBe(90);
    expect(bundleSpecialPercent({ price: '90', from: '2026-03-16' }, now, 'UTC')).toBeUndefined();
    expect(bundleSpecialPercent({ price: '100' }, now, 'UTC')).toBeUndefined();
    expect(bundleSpecialPercent({ price: '0' }, now, 'UTC')).toBeUndefined();
    expect(bundleSpecialPercent({}, now, 'UTC')).toBeUndefined();
  });
});
