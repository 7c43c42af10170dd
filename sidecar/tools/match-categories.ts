import { lexicalTerms } from '../../common/catalog/text-tokenizer.js';
import { categoryPath, type CategoryTree } from '../policy/category-tree.js';

/** Connectives in category names ("Home & Kitchen", "Maison et cuisine") that customers leave out. */
const NAME_CONNECTIVES = new Set(['and', 'et', 'und', 'y', 'e']);

/**
 * The store categories a message names ("return policy for laptops?"): a category matches when every
 * word of its name (or of its name at another scope), connectives aside, appears in the message. When a category and one of its ancestors both match, the
 * more specific one is kept. Pure.
 */
export function matchCategories(text: string, tree: CategoryTree): number[] {
  const words = new Set(lexicalTerms(text));
  const containers = containerIds(tree);
  const matched: number[] = [];
  for (const [id, node] of tree) {
    if (containers.has(id)) continue;
    const named = [node.name, ...(node.otherNames ?? [])].some((name) => {
      const terms = lexicalTerms(name).filter((t) => !NAME_CONNECTIVES.has(t));
      return terms.length > 0 && terms.every((t) => words.has(t));
    });
    if (named) matched.push(id);
  }
  return matched.filter(
    (id) => !matched.some((other) => other !== id && (categoryPath(tree, other) ?? []).includes(id)),
  );
}

/**
 * The top of Magento's tree holds containers, not product categories: the root ("Root Catalog" or,
 * as the REST API returns it, the store's root "Default Category") and a lone store root under it.
 */
export function containerIds(tree: CategoryTree): Set<number> {
  const roots = [...tree].filter(([, node]) => node.parentId === null).map(([id]) => id);
  const containers = new Set(roots);
  for (const root of roots) {
    const children = [...tree].filter(([, node]) => node.parentId === root).map(([id]) => id);
    if (children.length === 1) containers.add(children[0]!);
  }
  return containers;
}
