import { describe, expect, it } from 'vitest';
import { splitClitics } from '../../../sidecar/nlu/french-clitics.js';
import { detectLanguage } from '../../../sidecar/nlu/language.js';
import { stemFrench } from '../../../sidecar/nlu/stem-french.js';
import { foldDiacritics, words } from '../../../sidecar/nlu/text.js';

describe('French text for the classifier', () => {
  it('folds diacritics, so typing without accents reads the same', () => {
    expect(foldDiacritics('délai échangé à Noël')).toBe('delai echange a Noel');
    expect(words('Délai de retour')).toEqual(words('delai de retour'));
  });

  it.each([
    ["l'échange", ['l', 'echange']],
    ["qu'est-ce", ['qu', 'est', 'ce']],
    ['puis-je', ['puis', 'je']],
    ['a-t-il', ['a', 'il']],
    ['pouvez-vous', ['pouvez', 'vous']],
    ['t-shirt', ['t-shirt']],
    ['e-mail', ['e-mail']],
    ["aujourd'hui", ["aujourd'hui"]],
  ])('splits the clitics of %j', (word, expected) => {
    expect(splitClitics(foldDiacritics(word))).toEqual(expected);
  });

  it('splits elision and inversion inside words() and expands chat abbreviations', () => {
    expect(words("Puis-je échanger l'article, svp ?")).toEqual([
      'puis',
      'je',
      'echanger',
      'l',
      'article',
      's',
      'il',
      'vous',
      'plait',
    ]);
  });

  it('keeps English words and contractions as they were', () => {
    expect(words("where's my order? I don't know")).toEqual([
      'where',
      'is',
      'my',
      'order',
      'i',
      'do',
      'not',
      'know',
    ]);
  });

  it.each([
    [['retours', 'retour'], 'retour'],
    [['retourner', 'retourne', 'retournez', 'retournee', 'retournees'], 'retourn'],
    [['remboursement', 'rembourser', 'rembourse', 'remboursez'], 'rembours'],
    [['echange', 'echanges', 'echanger', 'echangez'], 'echang'],
    [['commande', 'commandes', 'commander', 'commande'], 'command'],
    [['livraison', 'livraisons'], 'livraison'],
    [['gratuit', 'gratuite', 'gratuits', 'gratuites'], 'gratuit'],
  ])('stems %j to one form', (forms, expected) => {
    for (const form of forms) expect(stemFrench(form), form).toBe(expected);
  });

  it('leaves short words and words with digits alone', () => {
    expect(stemFrench('prix')).toBe('prix');
    expect(stemFrench('mois')).toBe('mois');
    expect(stemFrench('xm5s')).toBe('xm5s');
    expect(stemFrench('client')).toBe('client');
  });

  it.each([
    ['est-ce que la livraison est gratuite', 'fr'],
    ['je peux renvoyer des chaussures', 'fr'],
    ['bonjour', 'fr'],
    ['merci', 'fr'],
    ['where is my order', 'en'],
    ['ok', 'en'],
    ['Raptor X15', 'en'],
    ['what is on sale', 'en'],
  ])('reads %j as %s', (text, lang) => {
    expect(detectLanguage(words(text))).toBe(lang);
  });
});
