import { describe, expect, it } from 'vitest';
import { clean, editDistance, normalize, stem, words } from '../../../sidecar/nlu/text.js';

describe('text helpers', () => {
  it('cleans invisible characters and whitespace, keeping case', () => {
    expect(clean('  Where\u200b is   my\u202e order?\n')).toBe('Where is my order?');
  });

  it('normalises case and quotes without changing the length of cleaned text', () => {
    const cleaned = clean('I\u2019m “Angry”');
    expect(normalize(cleaned)).toBe('i\'m "angry"');
    expect(normalize(cleaned)).toHaveLength(cleaned.length);
  });

  it('expands chat shorthands', () => {
    expect(words("pls where's ur order thx")).toEqual(['please', 'where', 'is', 'your', 'order', 'thanks']);
  });

  it.each([
    ['returns', 'return'],
    ['returned', 'return'],
    ['returning', 'return'],
    ['order', 'order'],
    ['ordered', 'order'],
    ['orders', 'order'],
    ['shipped', 'ship'],
    ['deliveries', 'delivery'],
    ['charger', 'charger'],
    ['xm5', 'xm5'],
  ])('stems %s → %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it('measures edit distance with an early exit', () => {
    expect(editDistance('hedphones', 'headphones', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('abc', 'xyzxyz', 2)).toBe(3);
  });
});
