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
    // A calendar period resolves to its first day; weeks start on Monday.
    ['my order from last week', ['2026-11-16']],
    ['last month', ['2026-10-01']],
    // The current period, and a month named alone: the last one that has begun.
    ['my order from earlier this week', ['2026-11-23']],
    ['this month', ['2026-11-01']],
    ['what I bought in november', ['2026-11-01']],
    ['the one from back in may', ['2026-05-01']],
    ['in december 2025', ['2025-12-01']],
    ['november 3', ['2026-11-03']],
    ["ce que j'ai acheté en novembre", ['2026-11-01']],
    ['ma commande de cette semaine', ['2026-11-23']],
    ['ce mois-ci', ['2026-11-01']],
    // "may" as a verb is no month.
    ['may I return it?', []],
    ['13/03/2026', ['2026-03-13']],
    ['03/13/2026', ['2026-03-13']],
    // French
    ['il y a 3 jours', ['2026-11-20']],
    ['il y a deux semaines', ['2026-11-09']],
    ['depuis une semaine', ['2026-11-16']],
    ['ça fait dix jours que j’attends', ['2026-11-13']],
    ["aujourd'hui", ['2026-11-23']],
    ['hier', ['2026-11-22']],
    ['avant-hier', ['2026-11-21']],
    ['après-demain', ['2026-11-25']],
    ['la semaine dernière', ['2026-11-16']],
    ['le mois dernier', ['2026-10-01']],
    ['le 12 mars', ['2026-03-12']],
    ['le 1er mars 2025', ['2025-03-01']],
    ['commandé le 5 févr.', ['2026-02-05']],
    ['le 15 août', ['2026-08-15']],
    ['le 3 janvier', ['2027-01-03']],
    ['lundi dernier', ['2026-11-16']],
    ['samedi', ['2026-11-21']],
    ['mardi prochain', ['2026-11-24']],
    ['ce vendredi', ['2026-11-27']],
    ['la commande du 12/03/2026', ['2026-03-12']],
    ['ma commande du 02/11', ['2026-11-02']],
  ])('resolves %j', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  it.each([
    'size 10 please',
    'February 30',
    'order 000000123',
    'may I return it',
    'I have 3 kids',
    '03/04',
    "j'ai commandé il y a 5 minutes",
    "j'ai 3 enfants",
    'le 30 février',
    'une demi-douzaine, soit 1/2 douzaine',
    'ça coûte 4.50 €',
    'appelez le 06.12.34.56.78',
  ])('finds no date in %j', (text) => {
    expect(dates(text)).toEqual([]);
  });

  it('orders the day and month of a numeric date by the language: French day first, English only when unambiguous', () => {
    expect(extractDates('12/03/2026', now, 'fr').map((d) => d.date)).toEqual(['2026-03-12']);
    expect(extractDates('12.03.26', now, 'fr').map((d) => d.date)).toEqual(['2026-03-12']);
    expect(extractDates('12/03/2026', now, 'en')).toEqual([]);
    expect(extractDates('la commande du 12/03', now).map((d) => d.date)).toEqual(['2026-03-12']);
  });

  it('reports spans without surrounding spaces', () => {
    const [d] = extractDates('it came last Tuesday', now);
    expect(d).toMatchObject({ raw: 'last Tuesday', start: 8, end: 20 });
  });
});
