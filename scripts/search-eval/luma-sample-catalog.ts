/**
 * Magento's own Luma sample catalog (github magento/magento2-sample-data, OSL-3.0/AFL-3.0) read from its
 * fixture CSVs and shaped as the Magento REST API serves products, so the search eval runs it through the
 * indexer's normalizer like any store. The data is not committed: point `LUMA_SAMPLE_DATA` at a clone of
 * the repository (default `<DATA_DIR>/magento2-sample-data`); without it the eval skips this catalog.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { MagentoCategoryTree } from '../../common/magento/shapes/catalog.js';
import type { MagentoProduct } from '../../common/magento/shapes/product.js';
import { indexCategoryTree } from '../../indexer/normalize/category-paths.js';
import type { NormalizeContext } from '../../indexer/normalize/normalize-product.js';

type Row = Record<string, string>;

export interface LumaCatalog {
  products: MagentoProduct[];
  /** Configurable children, bundle selections and grouped members by parent SKU. */
  linked: Map<string, MagentoProduct[]>;
  context: Omit<NormalizeContext, 'sharedPassages' | 'now'>;
  /** `Women > Bottoms > Pants` → category id, for labeled queries that filter by category. */
  categoryIds: Map<string, number>;
}

const MODULES = 'app/code/Magento';
const ROOT_ID = 2;

async function readCsv(dir: string, file: string): Promise<Row[]> {
  const text = await readFile(path.join(dir, MODULES, file), 'utf8');
  return parse(text, { columns: true, skip_empty_lines: true, relax_column_count: true }) as Row[];
}

/** Whether a sample-data checkout is at `dir`. */
export async function hasLumaSampleData(dir: string): Promise<boolean> {
  return stat(path.join(dir, MODULES, 'ConfigurableSampleData/fixtures/products.csv')).then(
    () => true,
    () => false,
  );
}

interface AttributeDef {
  input: string;
  label: string;
  /** Option label → option id. */
  options: Map<string, string>;
}

export async function loadLumaCatalog(dir: string): Promise<LumaCatalog> {
  const attributes = await readAttributes(dir);
  const { tree, ids } = await readCategories(dir);
  const products: MagentoProduct[] = [];
  const linked = new Map<string, MagentoProduct[]>();
  const bySku = new Map<string, MagentoProduct>();
  const add = (product: MagentoProduct) => {
    products.push(product);
    bySku.set(product.sku, product);
  };
  let nextId = 1;
  const base = (row: Row, sku: string, type: string, visible: boolean): MagentoProduct => ({
    id: nextId++,
    sku,
    name: row.name?.trim(),
    type_id: type,
    price: row.price ? Number(row.price) : 0,
    status: row.product_online === '0' ? 2 : 1,
    visibility: visible ? 4 : 1,
    extension_attributes: {
      website_ids: [1],
      stock_item: { is_in_stock: row.is_in_stock !== '0', qty: Number(row.qty || 100) },
    },
    custom_attributes: [
      ...(['description', 'short_description', 'url_key'] as const).flatMap((code) =>
        row[code] ? [{ attribute_code: code, value: row[code] }] : [],
      ),
    ],
  });
  const setCategories = (product: MagentoProduct, paths: string[]) => {
    const links = paths.flatMap((p) => {
      const id = ids.get(p.split('/').join(' > '));
      return id === undefined ? [] : [{ category_id: String(id) }];
    });
    product.extension_attributes = { ...product.extension_attributes, category_links: links };
  };
  const setAttribute = (product: MagentoProduct, code: string, labels: string[]) => {
    const def = attributes.get(code);
    if (!def) return;
    const values = labels.map((l) => l.trim()).filter((l) => l !== '');
    if (values.length === 0) return;
    const optionIds = values.flatMap((label) => {
      if (def.input === 'boolean') return [label === 'Yes' ? '1' : '0'];
      const id = def.options.get(label);
      return id === undefined ? [] : [id];
    });
    if (optionIds.length > 0)
      product.custom_attributes!.push({ attribute_code: code, value: optionIds.join(',') });
  };

  // Configurable products and their children.
  const apparel = await readCsv(dir, 'ConfigurableSampleData/fixtures/products.csv');
  for (const row of apparel) {
    const visible = row.visibility !== 'Not Visible Individually';
    const product = base(row, row.sku!, row.product_type!, visible);
    setCategories(
      product,
      (row.categories ?? '')
        .split(',')
        .map((c) => c.replace(/^Default Category\/?/, ''))
        .filter((c) => c !== ''),
    );
    for (const pair of (row.additional_attributes ?? '').split(',')) {
      const [code, value] = pair.split('=');
      if (code && value !== undefined) setAttribute(product, code, value.split('|'));
    }
    add(product);
  }
  for (const row of apparel.filter((r) => r.product_type === 'configurable')) {
    const children = (row.configurable_variations ?? '')
      .split('|')
      .map((v) => /sku=([^,]+)/.exec(v)?.[1])
      .flatMap((sku) => (sku && bySku.has(sku) ? [bySku.get(sku)!] : []));
    linked.set(row.sku!, children);
  }

  // Simple gear, downloadable videos, the bundle and the grouped product.
  const gearFiles = [
    'CatalogSampleData/fixtures/SimpleProduct/products_gear_bags.csv',
    'CatalogSampleData/fixtures/SimpleProduct/products_gear_fitness_equipment.csv',
    'CatalogSampleData/fixtures/SimpleProduct/products_gear_fitness_equipment_ball.csv',
    'CatalogSampleData/fixtures/SimpleProduct/products_gear_fitness_equipment_strap.csv',
    'CatalogSampleData/fixtures/SimpleProduct/products_gear_watches.csv',
    'DownloadableSampleData/fixtures/products_training_video_download.csv',
    'BundleSampleData/fixtures/yoga_bundle.csv',
    'GroupedProductSampleData/fixtures/yoga_grouped.csv',
  ];
  const downloadLinks = await readCsv(
    dir,
    'DownloadableSampleData/fixtures/downloadable_data_training_video_download.csv',
  );
  const composite: { product: MagentoProduct; row: Row }[] = [];
  for (const file of gearFiles) {
    for (const row of await readCsv(dir, file)) {
      const type = row.bundle_options
        ? 'bundle'
        : row.associated_sku
          ? 'grouped'
          : file.includes('Downloadable')
            ? 'downloadable'
            : 'simple';
      const product = base(row, row.sku!, type, true);
      // `Gear\nBags\nCollections\nErin Recommends`: parent and child names in pairs.
      const names = (row.category ?? '').split('\n').filter((n) => n.trim() !== '');
      const paths: string[] = [];
      for (let i = 0; i + 1 < names.length; i += 2) paths.push(`${names[i]}/${names[i + 1]}`);
      setCategories(product, paths);
      for (const [code, value] of Object.entries(row)) {
        if (attributes.has(code) && value) setAttribute(product, code, value.split('\n'));
      }
      if (type === 'downloadable') {
        product.custom_attributes!.push({
          attribute_code: 'links_purchased_separately',
          value: row.links_purchased_separately ?? '0',
        });
        product.extension_attributes!.downloadable_product_links = downloadLinks
          .filter((l) => l.product_sku === product.sku)
          .map((l, i) => ({ id: i + 1, title: l.link_item_title, price: Number(l.link_item_price) }));
      }
      if (type === 'bundle' || type === 'grouped') composite.push({ product, row });
      add(product);
    }
  }
  for (const { product, row } of composite) {
    if (product.type_id === 'bundle') {
      product.custom_attributes!.push({ attribute_code: 'price_type', value: '0' });
      const options = (row.bundle_options ?? '').split('\n').map((line, i) => {
        const [title, selection] = line.split('|');
        const skus = (selection ?? '').replace(/^\w+:/, '').split(',');
        return {
          option_id: i + 1,
          title,
          required: true,
          type: 'radio',
          product_links: skus.map((sku) => ({ sku, qty: 1, is_default: false })),
        };
      });
      product.extension_attributes!.bundle_product_options = options;
      linked.set(
        product.sku,
        options.flatMap((o) => o.product_links.flatMap((l) => bySku.get(l.sku) ?? [])),
      );
    } else {
      const members = (row.associated_sku ?? '').split(',').filter((s) => bySku.has(s));
      product.product_links = members.map((sku, position) => ({
        sku: product.sku,
        link_type: 'associated',
        linked_product_sku: sku,
        linked_product_type: 'simple',
        position,
      }));
      linked.set(
        product.sku,
        members.map((sku) => bySku.get(sku)!),
      );
    }
  }

  const optionLabels = new Map<string, Map<string, string>>();
  const flagAttributes = new Map<string, string>();
  for (const [code, def] of attributes) {
    if (def.input === 'boolean') flagAttributes.set(code, def.label);
    else optionLabels.set(code, new Map([...def.options].map(([label, id]) => [id, label])));
  }
  return {
    products,
    linked,
    context: {
      store: 'default',
      language: 'en',
      flagAttributes,
      websiteId: 1,
      currency: 'USD',
      timeZone: 'America/Los_Angeles',
      optionLabels,
      categories: indexCategoryTree(tree),
    },
    categoryIds: ids,
  };
}

async function readAttributes(dir: string): Promise<Map<string, AttributeDef>> {
  const attributes = new Map<string, AttributeDef>();
  for (const file of [
    'CatalogSampleData/fixtures/attributes.csv',
    'ConfigurableSampleData/fixtures/attributes.csv',
    'DownloadableSampleData/fixtures/attributes.csv',
  ]) {
    for (const row of await readCsv(dir, file)) {
      const code = row.attribute_code;
      if (!code || attributes.has(code)) continue;
      const input = row.frontend_input ?? '';
      if (!['select', 'multiselect', 'boolean'].includes(input)) continue;
      const options = new Map<string, string>();
      (row.option ?? '')
        .split('\n')
        .map((o) => o.trim())
        .filter((o) => o !== '')
        .forEach((label) => options.set(label, String(options.size + 1)));
      attributes.set(code, { input, options, label: (row.frontend_label ?? code).split('\n')[0]! });
    }
  }
  return attributes;
}

/**
 * The category tree from the sample data's category CSVs (`Collections` is inactive there, with active
 * children: products stay assigned to them in Magento).
 */
async function readCategories(dir: string): Promise<{ tree: MagentoCategoryTree; ids: Map<string, number> }> {
  const node = (id: number, name: string, active: boolean): MagentoCategoryTree => ({
    id,
    parent_id: null,
    name,
    is_active: active,
    position: null,
    level: null,
    product_count: null,
    children_data: [],
  });
  const root = node(ROOT_ID, 'Default Category', true);
  const byPath = new Map<string, MagentoCategoryTree>([['', root]]);
  const ids = new Map<string, number>();
  let nextId = ROOT_ID + 1;
  for (const file of [
    'ConfigurableSampleData/fixtures/categories.csv',
    'CatalogSampleData/fixtures/categories.csv',
    'DownloadableSampleData/fixtures/categories.csv',
  ]) {
    for (const row of await readCsv(dir, file)) {
      const parentPath = row.path ?? '';
      const fullPath = parentPath === '' ? row.name! : `${parentPath}/${row.name}`;
      if (byPath.has(fullPath)) continue;
      const parent = byPath.get(parentPath);
      if (!parent) continue;
      const child = node(nextId++, row.name!, row.active !== '0');
      parent.children_data!.push(child);
      byPath.set(fullPath, child);
      ids.set(fullPath.split('/').join(' > '), child.id!);
    }
  }
  return { tree: root, ids };
}
