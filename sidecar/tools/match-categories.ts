import { lexicalTerms } from '../../common/catalog/text-tokenizer.js';
import { categoryPath, type CategoryTree } from '../policy/category-tree.js';

/** Levels at the top of Magento's tree that are containers, not product categories ("Root Catalog", "Default Category"). */
const CONTAINER_DEPTH = 1;

/**
 * The store categories a message names ("return policy for laptops?"): a category matches when every
 * word of its name appears in the message. When a category and one of its ancestors both match, the
 * more specific one is kept. Pure.
 */
export function matchCategories(text: string, tree: CategoryTree): number[] {
  const words = new Set(lexicalTerms(text));
  const matched: number[] = [];
  for (const [id, node] of tree) {
    const path = categoryPath(tree, id);
    if (!path || path.length - 1 <= CONTAINER_DEPTH) continue;
    const terms = lexicalTerms(node.name);
    if (terms.length > 0 && terms.every((t) => words.has(t))) matched.push(id);
  }
  return matched.filter(
    (id) => !matched.some((other) => other !== id && (categoryPath(tree, other) ?? []).includes(id)),
  );
}
