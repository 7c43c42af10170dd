import type { Entities } from '../types.js';
import { attributeNames, escapeRegExp as escape } from './attributes.js';

/**
 * The message as a product search query: its words less the budget phrase and the attribute phrases
 * ("size 8", "blue"), which are filters, not words a product's text should contain ("size" is no
 * property of a shoe). The whole message when no word is left ("blue?").
 */
export function searchQuery(text: string, entities: Pick<Entities, 'budget' | 'attributes'>): string {
  let stripped = entities.budget?.raw ? text.replace(entities.budget.raw, ' ') : text;
  for (const a of entities.attributes) {
    const name = `(?:(?:${attributeNames(a.code).map(escape).join('|')})\\s*:?\\s*)?`;
    const phrase = new RegExp(`(?<![\\p{L}\\p{N}])${name}${escape(a.raw)}(?![\\p{L}\\p{N}])`, 'iu');
    stripped = stripped.replace(phrase, ' ');
  }
  const query = stripped.replace(/\s+/g, ' ').trim();
  return /[\p{L}\p{N}]/u.test(query) ? query : text;
}
