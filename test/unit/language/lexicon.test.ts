import { describe, expect, it } from 'vitest';
import { dictionaryEntries, lexiconFromEntries, loadLexicon } from '../../../common/language/lexicon.js';

describe('dictionaryEntries', () => {
  it('reads the words of a Hunspell .dic file without flags, count or numbers', () => {
    expect(dictionaryEntries('4\nordi/S.\nportable/S.\n1er/--\nmontre\n')).toEqual([
      'ordi',
      'portable',
      'montre',
    ]);
  });
});

describe('lexiconFromEntries', () => {
  it('knows inflections of an entry by its stem, accents folded', () => {
    const lexicon = lexiconFromEntries(['ordi', 'imperméable', 'veste'], 'fr');
    expect(lexicon.has('ordi')).toBe(true);
    expect(lexicon.has('impermeables')).toBe(true);
    expect(lexicon.has('vestes')).toBe(true);
    expect(lexicon.has('vestse')).toBe(false);
  });
});

describe('loadLexicon', () => {
  it('tells English words from typos (Hunspell)', async () => {
    const english = (await loadLexicon('en'))!;
    for (const word of ['show', 'wife', 'banks', 'drinks', 'stolen', 'hoodie'])
      expect(english.has(word)).toBe(true);
    for (const word of ['jaket', 'wacth', 'leggins', 'runing', 'tosater'])
      expect(english.has(word)).toBe(false);
  }, 30_000);

  it('has none for a language without a dictionary here', async () => {
    expect(await loadLexicon('de')).toBeUndefined();
    expect(await loadLexicon(undefined)).toBeUndefined();
  });
});
