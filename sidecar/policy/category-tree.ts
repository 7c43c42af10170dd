/** One category: its parent (null at the root) and its display name. */
export interface CategoryNode {
  parentId: number | null;
  name: string;
  /** Its names at other scopes (the admin name behind a store view's translation), for matching only. */
  otherNames?: readonly string[];
}

/** The store's category tree, id → node, injected by the caller (read from Magento's catalog). */
export type CategoryTree = ReadonlyMap<number, CategoryNode>;

/**
 * The path from the root to `categoryId` (inclusive), or null when the id is not in the tree.
 * A cycle in bad data stops the walk instead of looping forever.
 */
export function categoryPath(tree: CategoryTree, categoryId: number): number[] | null {
  if (!tree.has(categoryId)) return null;
  const path: number[] = [];
  const seen = new Set<number>();
  let current: number | null = categoryId;
  while (current !== null && !seen.has(current)) {
    seen.add(current);
    path.unshift(current);
    current = tree.get(current)?.parentId ?? null;
  }
  return path;
}

export function categoryName(tree: CategoryTree, categoryId: number): string {
  return tree.get(categoryId)?.name ?? `category ${categoryId}`;
}

/** Builds a tree from Magento-style rows (`{ id, parent_id, name }`); parent 0 means root. */
export function categoryTreeFromRows(
  rows: ReadonlyArray<{ id: number; parent_id: number | null; name: string }>,
): CategoryTree {
  return new Map(rows.map((r) => [r.id, { parentId: r.parent_id === 0 ? null : r.parent_id, name: r.name }]));
}
