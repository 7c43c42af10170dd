import { describe, expect, it } from 'vitest';
import { lexicalTerms } from '../../../common/language/analyzer.js';
import { audiencesIn, suitsAudience } from '../../../common/language/audience.js';
import { editDistance } from '../../../common/language/edit-distance.js';
import { LANGUAGES, isLanguage, languageOfLocale } from '../../../common/language/language.js';
import { stem } from '../../../common/language/stemmer.js';
import { isStopword } from '../../../common/language/stopwords.js';
import {
  WORD_END,
  WORD_START,
  foldDiacritics,
  tokenSpans,
  words,
} from '../../../common/language/tokenizer.js';

describe('languageOfLocale', () => {
  it('reads the language of Magento and BCP 47 locales', () => {
    expect(['en_US', 'en-GB', 'fr_FR', 'FR_ca', 'de_DE', 'pt_BR'].map(languageOfLocale)).toEqual([
      'en',
      'en',
      'fr',
      'fr',
      'de',
      'pt',
    ]);
  });

  it('answers undefined for a language without a stemmer', () => {
    expect(languageOfLocale('ja_JP')).toBeUndefined();
    expect(languageOfLocale('')).toBeUndefined();
    expect(isLanguage('xx')).toBe(false);
  });
});

describe('tokenSpans', () => {
  it('keeps accented words whole and gives spans into the source text', () => {
    const text = "Veste ultralégère, l'échange — t-shirt";
    const spans = tokenSpans(text);
    expect(spans.map((t) => t.text)).toEqual(['Veste', 'ultralégère', "l'échange", 't-shirt']);
    for (const t of spans) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('reads numbers with separators as one token', () => {
    expect(tokenSpans('$1,299.99 or 12,5 €').map((t) => t.text)).toEqual(['1,299.99', 'or', '12,5']);
  });
});

describe('WORD_START / WORD_END', () => {
  it('see accented letters as part of a word', () => {
    const re = new RegExp(`${WORD_START}élèves${WORD_END}`, 'u');
    expect(re.test('les élèves sont')).toBe(true);
    expect(re.test('lesélèves')).toBe(false);
    expect(new RegExp(`${WORD_START}leg${WORD_END}`, 'u').test('légère leggings')).toBe(false);
  });
});

describe('words', () => {
  it('gives a camel-case compound and its parts, so "power bank" meets "PowerCube"', () => {
    expect(words('Voltra PowerCube 10,000 mAh SoundLink', 'en')).toEqual([
      'voltra',
      'powercube',
      'power',
      'cube',
      '10000',
      'mah',
      'soundlink',
      'sound',
      'link',
    ]);
    expect(words('iPhone case', 'en')).toEqual(['iphone', 'phone', 'case']);
  });

  it('folds case and accents, drops currency and thousands separators and possessives', () => {
    expect(words("Café T-Shirt, kid's size — $1,299.99 (50% off)", 'en')).toEqual([
      'cafe',
      't',
      'shirt',
      'tshirt',
      'kid',
      'size',
      '1299.99',
      '50',
      'off',
    ]);
  });

  it('splits French elisions off their word, keeps other apostrophes out of words', () => {
    expect(words("L'échange d'un imperméable jusqu'à lundi", 'fr')).toEqual([
      'l',
      'echange',
      'd',
      'un',
      'impermeable',
      'jusqu',
      'a',
      'lundi',
    ]);
    expect(words("don't", 'en')).toEqual(['dont']);
  });

  it('lets a hyphenated word meet its joined and spaced forms', () => {
    const hyphen = words('e-bike', 'en');
    expect(hyphen).toContain('ebike');
    expect(hyphen).toEqual(expect.arrayContaining(words('e bike', 'en')));
  });

  it('folds compatibility characters and typographic apostrophes', () => {
    expect(foldDiacritics('ﬁne Ünïcödé')).toBe('fine Unicode');
    expect(words('l’ami', 'fr')).toEqual(['l', 'ami']);
  });
});

describe('stem', () => {
  it('uses the English Snowball stemmer: derived forms meet', () => {
    expect(stem('jogging', 'en')).toBe(stem('jog', 'en'));
    expect(stem('visibility', 'en')).toBe(stem('visible', 'en'));
    expect(stem('batteries', 'en')).toBe(stem('battery', 'en'));
    expect(stem('running', 'en')).toBe(stem('runs', 'en'));
    expect(stem('dresses', 'en')).toBe('dress');
  });

  it('uses the French Snowball stemmer on folded words: accents typed or not give one stem', () => {
    expect(stem('vestes', 'fr')).toBe(stem('veste', 'fr'));
    expect(stem('chaussures', 'fr')).toBe(stem('chaussure', 'fr'));
    expect(stem(words('randonnées', 'fr')[0]!, 'fr')).toBe(stem('randonnee', 'fr'));
    expect(stem('cadeaux', 'fr')).toBe(stem('cadeau', 'fr'));
    expect(stem('imperméables', 'fr')).not.toBe('imperméables');
  });

  it('returns folded stems in every language', () => {
    for (const language of LANGUAGES)
      for (const word of ['camisetas', 'acciones', 'informações', 'größten', 'chaussures'])
        expect(stem(word, language)).toBe(foldDiacritics(stem(word, language)));
  });

  it('leaves numbers, codes, short words and unknown languages alone', () => {
    expect(stem('100s', 'en')).toBe('100s');
    expect(stem('mp3', 'en')).toBe('mp3');
    expect(stem('xs', 'en')).toBe('xs');
    expect(stem('leggings', undefined)).toBe('leggings');
  });
});

describe('stop words', () => {
  it('are per language', () => {
    expect(isStopword('the', 'en')).toBe(true);
    expect(isStopword('the', 'fr')).toBe(false);
    expect(isStopword('avec', 'fr')).toBe(true);
    expect(isStopword('und', 'de')).toBe(true);
    expect(isStopword('the', undefined)).toBe(false);
  });

  it('compare folded, include request words, and keep product words', () => {
    expect(isStopword('etaient', 'fr')).toBe(true);
    expect(isStopword('looking', 'en')).toBe(true);
    expect(isStopword('cherche', 'fr')).toBe(true);
    expect(isStopword('down', 'en')).toBe(false);
    expect(isStopword('ete', 'fr')).toBe(false);
  });

  it('never turn a contraction into another word', () => {
    // "she'll" without its apostrophe is "shell" (a soft-shell jacket).
    expect(isStopword('shell', 'en')).toBe(false);
    expect(isStopword('well', 'en')).toBe(false);
  });
});

describe('lexicalTerms', () => {
  it('tokenizes, drops stop words and stems per language', () => {
    expect(lexicalTerms('I need waterproof jackets for jogging', 'en')).toEqual([
      'waterproof',
      'jacket',
      'jog',
    ]);
    expect(lexicalTerms("Je cherche des vestes imperméables pour l'hiver", 'fr')).toEqual([
      'vest',
      stem('impermeables', 'fr'),
      'hiv',
    ]);
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours as one edit', () => {
    expect(editDistance('wacth', 'watch')).toBe(1);
    expect(editDistance('leggins', 'leggings')).toBe(1);
    expect(editDistance('jaket', 'jacket')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('stops at the limit and says limit + 1', () => {
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('audiences', () => {
  it('reads who a text is for, per language', () => {
    expect(audiencesIn("women's hoodie", 'en')).toEqual(['women']);
    expect(audiencesIn('gift for my husband', 'en')).toEqual(['men']);
    expect(audiencesIn('Men > Tops > Jackets', 'en')).toEqual(['men']);
    expect(audiencesIn('veste pour femme', 'fr')).toEqual(['women']);
    expect(audiencesIn('Hera Pullover Hoodie', 'en')).toEqual([]);
    expect(audiencesIn("women's hoodie", undefined)).toEqual([]);
  });

  it('lets unisex and unsaid products suit adults, and nothing else cross over', () => {
    expect(suitsAudience(['men'], ['women'])).toBe(false);
    expect(suitsAudience(['men', 'women'], ['women'])).toBe(true);
    expect(suitsAudience(['unisex'], ['women'])).toBe(true);
    expect(suitsAudience(['unisex'], ['kids'])).toBe(false);
    expect(suitsAudience([], ['kids'])).toBe(true);
    expect(suitsAudience(['men'], [])).toBe(true);
  });
});
