import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../sidecar/nlu/entities/dates.js';

// Monday 23 November 2026.
const now = new Date('2026-11-23T15:00:00Z');
const dates = (text: string): string[] => extractDates(text, now).map((d) => d.date);

describe('extractDates', () => {
  it.each([
    ['ordered on 2026-11-02', ['2026-11-02']],
    ['sent it back on March 3', ['2026-03-03']],
    ['on 3rd of March', ['2026-03-03']],
    ['Dec 24th', ['2026-12-24']],
    ['January 5', ['2027-01-05']],
    ['march 3, 2025', ['2025-03-03']],
    ['today', ['2026-11-23']],
    ['yesterday', ['2026-11-22']],
    ['last Tuesday', ['2026-11-17']],
    ['on friday', ['2026-11-20']],
    ['next monday', ['2026-11-30']],
    ['last monday', ['2026-11-16']],
    ['3 days ago', ['2026-11-20']],
    ['two weeks ago', ['2026-11-09']],
    ['a week ago', ['2026-11-16']],
    ['ten days ago', ['2026-11-13']],
    ['twenty-one days ago', ['2026-11-02']],
    ['between 1 March and 5 March', ['2026-03-01', '2026-03-05']],
  ])('resolves %j', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  it.each(['size 10 please', 'February 30', 'order 000000123', 'may I return it', 'I have 3 kids', '03/04'])(
    'finds no date in %j',
    (text) => {
      expect(dates(text)).toEqual([]);
    },
  );

  it('reports spans without surrounding spaces', () => {
    const [d] = extractDates('it came last Tuesday', now);
    expect(d).toMatchObject({ raw: 'last Tuesday', start: 8, end: 20 });
  });
});
