import type { Category, Fixture } from './fixture-schema.js';
import { magentoDate } from './random.js';
import { ROOT_CATEGORY_ID } from './generate-stores.js';

/** The demo category tree: `[id, parent id, name, url key]`; ids are stable so config rows can name them. */
export const CATEGORY_TREE = [
  [3, ROOT_CATEGORY_ID, 'Electronics', 'electronics'],
  [4, 3, 'Laptops', 'laptops'],
  [5, 3, 'Headphones', 'headphones'],
  [6, 3, 'Smart Home', 'smart-home'],
  [7, 3, 'Gaming', 'gaming'],
  [8, 3, 'Tech Gifts', 'tech-gifts'],
  [9, ROOT_CATEGORY_ID, 'Outdoor', 'outdoor'],
  [10, 9, 'Camping', 'camping'],
  [11, 9, 'Cycling', 'cycling'],
  [12, 9, 'Hiking', 'hiking'],
  [13, ROOT_CATEGORY_ID, 'Apparel', 'apparel'],
  [14, 13, 'Jackets', 'jackets'],
  [15, 13, 'Shoes', 'shoes'],
  [16, 13, 'T-Shirts', 't-shirts'],
  [17, ROOT_CATEGORY_ID, 'Home & Kitchen', 'home-kitchen'],
  [18, ROOT_CATEGORY_ID, 'Toys & Games', 'toys-games'],
  [19, ROOT_CATEGORY_ID, 'Sports', 'sports'],
  [20, ROOT_CATEGORY_ID, 'Clearance', 'clearance'],
] as const;

export const CATEGORY = {
  electronics: 3,
  laptops: 4,
  headphones: 5,
  smartHome: 6,
  gaming: 7,
  techGifts: 8,
  outdoor: 9,
  camping: 10,
  cycling: 11,
  hiking: 12,
  apparel: 13,
  jackets: 14,
  shoes: 15,
  tshirts: 16,
  homeKitchen: 17,
  toys: 18,
  sports: 19,
  clearance: 20,
} as const;

export function generateCategories(now: Date): Category[] {
  const created = magentoDate(new Date(now.getTime() - 400 * 86_400_000));
  const byId = new Map<number, Category>();
  const root: Category = {
    id: ROOT_CATEGORY_ID,
    parent_id: 1,
    name: 'Default Category',
    is_active: true,
    position: 1,
    level: 1,
    path: `1/${ROOT_CATEGORY_ID}`,
    include_in_menu: true,
    created_at: created,
    updated_at: created,
    available_sort_by: [],
    custom_attributes: [{ attribute_code: 'url_key', value: 'default-category' }],
  };
  byId.set(root.id, root);
  const positions = new Map<number, number>();
  for (const [id, parentId, name, urlKey] of CATEGORY_TREE) {
    const parent = byId.get(parentId);
    if (!parent) throw new RangeError(`category ${id} comes before its parent ${parentId}`);
    const position = (positions.get(parentId) ?? 0) + 1;
    positions.set(parentId, position);
    const category: Category = {
      id,
      parent_id: parentId,
      name,
      is_active: true,
      position,
      level: parent.level + 1,
      path: `${parent.path}/${id}`,
      include_in_menu: id !== CATEGORY.clearance,
      created_at: created,
      updated_at: created,
      available_sort_by: [],
      custom_attributes: [
        { attribute_code: 'url_key', value: urlKey },
        { attribute_code: 'url_path', value: parent.level > 1 ? `${urlPath(parent)}/${urlKey}` : urlKey },
        { attribute_code: 'is_anchor', value: '1' },
      ],
    };
    byId.set(id, category);
  }
  return [...byId.values()];
}

function urlPath(category: Category): string {
  return category.custom_attributes?.find((a) => a.attribute_code === 'url_path')?.value ?? '';
}

/**
 * French names of the demo categories for the `fr` store view ("Camping" and "Sports" need none);
 * `url_key`s stay global, as in Magento.
 */
const FRENCH_CATEGORY_NAMES: Readonly<Record<number, string>> = {
  [CATEGORY.electronics]: 'Électronique',
  [CATEGORY.laptops]: 'Ordinateurs portables',
  [CATEGORY.headphones]: 'Casques et écouteurs',
  [CATEGORY.smartHome]: 'Maison connectée',
  [CATEGORY.gaming]: 'Jeux vidéo',
  [CATEGORY.techGifts]: 'Cadeaux high-tech',
  [CATEGORY.outdoor]: 'Plein air',
  [CATEGORY.cycling]: 'Vélo',
  [CATEGORY.hiking]: 'Randonnée',
  [CATEGORY.apparel]: 'Vêtements',
  [CATEGORY.jackets]: 'Vestes',
  [CATEGORY.shoes]: 'Chaussures',
  [CATEGORY.tshirts]: 'T-shirts',
  [CATEGORY.homeKitchen]: 'Maison et cuisine',
  [CATEGORY.toys]: 'Jouets et jeux',
  [CATEGORY.clearance]: 'Déstockage',
};

/** Store-view category names: the French store view sees its own names, the others the default ones. */
export function generateCategoryStoreValues(): Fixture['category_store_values'] {
  return Object.entries(FRENCH_CATEGORY_NAMES).map(([id, value]) => ({
    category_id: Number(id),
    store_code: 'fr',
    attribute_code: 'name' as const,
    value,
  }));
}
