import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addDays,
  daysBetween,
  localDate,
  onOrBefore,
} from '../../../sidecar/actions/authorization/store-calendar.js';

describe('store calendar', () => {
  it('reads the local date of an instant in the store time zone', () => {
    expect(localDate('2026-04-09T03:30:00Z', 'America/New_York')).toBe('2026-04-08');
    expect(localDate('2026-04-09T03:30:00Z', 'Europe/Berlin')).toBe('2026-04-09');
    expect(localDate('2026-04-08T14:30:00Z', 'Australia/Sydney')).toBe('2026-04-09');
  });

  it('adds business days over weekends', () => {
    expect(addBusinessDays('2026-03-02', 5)).toBe('2026-03-09'); // Monday + 5 → next Monday
    expect(addBusinessDays('2026-03-06', 1)).toBe('2026-03-09'); // Friday + 1 → Monday
    expect(addBusinessDays('2026-03-07', 0)).toBe('2026-03-07');
  });

  it('adds calendar days across month ends and DST changes', () => {
    expect(addDays('2026-03-09', 30)).toBe('2026-04-08');
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
    expect(daysBetween('2026-03-01', '2026-03-31')).toBe(30);
  });

  it('compares calendar dates inclusively', () => {
    expect(onOrBefore('2026-04-08', '2026-04-08')).toBe(true);
    expect(onOrBefore('2026-04-09', '2026-04-08')).toBe(false);
  });
});
