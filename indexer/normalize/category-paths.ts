import { decode } from 'html-entities';
import type { MagentoCategoryTree } from '../../common/magento/shapes/catalog.js';

export interface CategoryNode {
  id: number;
  name: string;
  /** Ancestors below the store root, outermost first (the node itself excluded). */
  ancestors: { id: number; name: string; active: boolean }[];
  /**
   * The category's own flag. An inactive parent does not make its children inactive: Magento keeps
   * products assigned to them (Luma's active "Eco Friendly" under its inactive "Collections").
   */
  active: boolean;
}

/**
 * Flattens the store's category tree. The tree's root (Magento's store root, "Default Category") is a
 * container, not a category a shopper sees, so it is neither a path element nor an assignable id.
 */
export function indexCategoryTree(root: MagentoCategoryTree): Map<number, CategoryNode> {
  const index = new Map<number, CategoryNode>();
  const walk = (node: MagentoCategoryTree, ancestors: CategoryNode['ancestors']): void => {
    for (const child of node.children_data ?? []) {
      if (child.id === undefined || !child.name) continue;
      const name = decode(child.name);
      const active = child.is_active !== false;
      index.set(child.id, { id: child.id, name, ancestors, active });
      walk(child, [...ancestors, { id: child.id, name, active }]);
    }
  };
  walk(root, []);
  return index;
}

export interface ProductCategories {
  /** Assigned categories and their active ancestors, ascending. */
  ids: number[];
  /** Each assigned category's name and its full path (`Bags`, `Travel > Bags`), deduplicated. */
  labels: string[];
  /** Assigned ids that are not in the store's tree (another root, deleted) or inactive. */
  unknown: number[];
}

export function productCategories(
  assigned: readonly number[],
  index: ReadonlyMap<number, CategoryNode>,
): ProductCategories {
  const ids = new Set<number>();
  const labels = new Set<string>();
  const unknown: number[] = [];
  for (const id of assigned) {
    const node = index.get(id);
    if (!node || !node.active) {
      unknown.push(id);
      continue;
    }
    ids.add(id);
    for (const ancestor of node.ancestors) if (ancestor.active) ids.add(ancestor.id);
    labels.add(node.name);
    if (node.ancestors.length > 0) labels.add([...node.ancestors.map((a) => a.name), node.name].join(' > '));
  }
  return { ids: [...ids].sort((a, b) => a - b), labels: [...labels], unknown };
}
