import { ADMIN_STORE_CODE, type MagentoClient } from '../../common/magento/magento-client.js';
import type { MagentoCategoryTree } from '../../common/magento/shapes/catalog.js';
import type { Channel } from '../../common/magento/verity-config.js';
import type { CategoryNode, CategoryTree } from '../policy/category-tree.js';
import { lookupPolicy, type PolicySnapshot } from '../policy/lookup-policy.js';
import type { PolicySource } from '../policy/policy-source.js';
import type { PolicyLookupResult } from '../policy/policy-types.js';

const CATEGORY_TREE_TTL_MS = 10 * 60_000;
/**
 * Reads what the policy engine needs — the store's Verity config (through PolicySource) and its
 * category tree — then asks the pure engine. The tree is cached: categories change rarely and a stale
 * tree can only make a lookup fail (unknown category → escalate), never pick another store's rule.
 */
export class StorePolicies {
  private readonly trees = new Map<string, { tree: CategoryTree; expiresAt: number }>();

  constructor(
    private readonly magento: MagentoClient,
    private readonly source: PolicySource,
    private readonly now: () => number = Date.now,
  ) {}

  snapshot(store: string): Promise<PolicySnapshot> {
    return this.source.get(store);
  }

  async lookup(input: {
    store: string;
    channel: Channel;
    categoryIds: readonly number[];
    productName?: string;
  }): Promise<PolicyLookupResult> {
    const [snapshot, categoryTree] = await Promise.all([
      this.source.get(input.store),
      this.categoryTree(input.store),
    ]);
    // The index stores every ancestor of a product's categories; only ids the tree knows can match a rule.
    const categoryIds = input.categoryIds.filter((id) => categoryTree.has(id));
    return lookupPolicy({
      snapshot,
      categoryTree,
      channel: input.channel,
      categoryIds,
      ...(input.productName ? { productName: input.productName } : {}),
    });
  }

  async categoryTree(store: string): Promise<CategoryTree> {
    const cached = this.trees.get(store);
    if (cached && cached.expiresAt > this.now()) return cached.tree;
    // Customers also use the untranslated (admin-scope) names: "clearance" in the French store view.
    const [root, adminRoot] = await Promise.all([
      this.magento.getCategoryTree(store),
      store === ADMIN_STORE_CODE ? undefined : this.magento.getCategoryTree(ADMIN_STORE_CODE),
    ]);
    const adminNames = new Map<number, string>();
    walkCategories(adminRoot, null, (node) => {
      if (node.name) adminNames.set(node.id, node.name);
    });
    const tree = new Map<number, CategoryNode>();
    walkCategories(root, null, (node, parentId) => {
      const name = node.name ?? `category ${node.id}`;
      const adminName = adminNames.get(node.id);
      tree.set(
        node.id,
        adminName && adminName !== name ? { parentId, name, otherNames: [adminName] } : { parentId, name },
      );
    });
    this.trees.set(store, { tree, expiresAt: this.now() + CATEGORY_TREE_TTL_MS });
    return tree;
  }
}

function walkCategories(
  node: MagentoCategoryTree | undefined,
  parentId: number | null,
  visit: (node: MagentoCategoryTree & { id: number }, parentId: number | null) => void,
): void {
  if (node?.id === undefined) return;
  visit({ ...node, id: node.id }, parentId);
  for (const child of node.children_data ?? []) walkCategories(child, node.id, visit);
}
