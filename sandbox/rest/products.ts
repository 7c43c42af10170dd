import { Router } from 'express';
import { z } from 'zod';
import { requireAdmin } from '../auth.js';
import type { Product } from '../data/fixture-schema.js';
import { MESSAGES, sendError, sendMagento } from '../magento-response.js';
import {
  applySearchCriteria,
  parseSearchCriteria,
  type FieldReader,
  type SearchCriteria,
} from '../search-criteria.js';
import type { SandboxData } from '../data/sandbox-data.js';
import type { RestContext } from './context.js';
import { currentStore } from './store-scope.js';

const ACL = 'Magento_Catalog::products';

/** Filter/sort fields of `GET /V1/products`: attributes plus Magento's custom `category_id`, `website_id`, `store_id`. */
export const readProductField: FieldReader<Product> = (p, field) => {
  switch (field) {
    case 'category_id':
      return (p.extension_attributes.category_links ?? []).map((l) => l.category_id);
    case 'website_id':
      return p.extension_attributes.website_ids;
    case 'entity_id':
      return p.id;
    case 'store_id':
    case 'store':
      return undefined;
    default: {
      const top = (p as Record<string, unknown>)[field];
      if (top !== undefined && typeof top !== 'object') return top;
      return p.custom_attributes.find((a) => a.attribute_code === field)?.value;
    }
  }
};

const productUpdateSchema = z.object({
  product: z.looseObject({
    name: z.string().optional(),
    price: z.number().min(0).optional(),
    status: z.union([z.literal(1), z.literal(2)]).optional(),
    visibility: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).optional(),
    weight: z.number().optional(),
    extension_attributes: z
      .looseObject({
        stock_item: z
          .looseObject({ qty: z.number().optional(), is_in_stock: z.boolean().optional() })
          .optional(),
      })
      .optional(),
    custom_attributes: z
      .array(
        z.object({ attribute_code: z.string(), value: z.union([z.string(), z.number()]).transform(String) }),
      )
      .optional(),
  }),
});

export function productsRouter(ctx: RestContext): Router {
  const router = Router();
  const guard = requireAdmin(ctx.tokens, ACL);

  /**
   * Recent lists' selections (their filters and sort, not their page) while the catalog is unchanged: a
   * walk through every page (the indexer's full read, the NLU's product names) selects and sorts the
   * catalog once, not once per page. Several are kept, as walks run side by side (the NLU reads a store
   * view's names and the admin scope's at once: with one kept, each page of either re-selected the
   * catalog). A walk's selection is dropped after its last page. Page 1 always selects afresh.
   */
  const selections = new Map<string, { version: number; matched: readonly Product[] }>();

  router.get('/products', guard, (req, res) => {
    const parsed = parseSearchCriteria((req.query as Record<string, unknown>).searchCriteria);
    if (!parsed.ok) return sendError(res, 400, parsed.error.message, parsed.error.parameters);
    const criteria = parsed.value;
    const store = currentStore(res);
    const fields = [
      ...criteria.filter_groups.flatMap((g) => g.filters.map((f) => f.field)),
      ...(criteria.sort_orders ?? []).map((s) => s.field),
    ];
    // Criteria on default-scope fields only select and order the same products scoped or not.
    const scopePage = store.id !== 0 && !fields.some((field) => ctx.data.mayBeStoreScoped(field));
    const key = JSON.stringify([store.code, criteria.filter_groups, criteria.sort_orders ?? []]);
    let matched: readonly Product[];
    const kept = (criteria.current_page ?? 1) > 1 ? selections.get(key) : undefined;
    if (kept && kept.version === ctx.data.version) {
      matched = kept.matched;
    } else {
      const products = productsByKey(ctx.data, criteria) ?? ctx.data.fixture.products;
      const rows =
        store.id === 0 || scopePage ? products : products.map((p) => ctx.data.scopedProduct(p, store.code));
      matched = applySearchCriteria(
        rows,
        {
          filter_groups: criteria.filter_groups,
          ...(criteria.sort_orders ? { sort_orders: criteria.sort_orders } : {}),
        },
        readProductField,
      ).items;
      selections.delete(key);
      selections.set(key, { version: ctx.data.version, matched });
      if (selections.size > MAX_SELECTIONS) selections.delete(selections.keys().next().value!);
    }
    const { items, total_count } = applySearchCriteria(
      matched,
      {
        filter_groups: [],
        ...(criteria.page_size !== undefined ? { page_size: criteria.page_size } : {}),
        ...(criteria.current_page !== undefined ? { current_page: criteria.current_page } : {}),
      },
      readProductField,
    );
    const { page_size: size, current_page: page = 1 } = criteria;
    if (!size || page * size >= total_count) selections.delete(key);
    sendMagento(res, {
      items: scopePage ? items.map((p) => ctx.data.scopedProduct(p, store.code)) : items,
      search_criteria: criteria,
      total_count,
    });
  });

  router.get('/products/:sku', guard, (req, res) => {
    const product = ctx.data.productBySku(String(req.params.sku));
    if (!product) return sendError(res, 404, MESSAGES.productNotFound);
    sendMagento(res, ctx.data.scopedProduct(product, currentStore(res).code));
  });

  router.put('/products/:sku', guard, (req, res) => {
    const product = ctx.data.productBySku(String(req.params.sku));
    if (!product) return sendError(res, 404, MESSAGES.productNotFound);
    const parsed = productUpdateSchema.safeParse(req.body);
    if (!parsed.success) {
      return sendError(res, 400, '"%fieldName" is required. Enter and try again.', { fieldName: 'product' });
    }
    applyUpdate(ctx, product, parsed.data.product);
    ctx.notifier?.productSaved([product.sku]);
    sendMagento(res, ctx.data.scopedProduct(product, currentStore(res).code));
  });

  router.get('/configurable-products/:sku/children', guard, (req, res) => {
    const product = ctx.data.productBySku(String(req.params.sku));
    if (!product) return sendError(res, 404, MESSAGES.productNotFound);
    const children = (product.extension_attributes.configurable_product_links ?? [])
      .map((id) => ctx.data.productById(id))
      .filter((p): p is Product => p !== undefined)
      .map((p) => ctx.data.scopedProduct(p, currentStore(res).code));
    sendMagento(res, children);
  });

  return router;
}

const KEY_FIELDS = new Set(['sku', 'entity_id']);
/** Selections kept for paged walks running side by side. */
const MAX_SELECTIONS = 4;

/**
 * The products a criteria can match when one of its filter groups only asks for SKUs or entity ids
 * (`sku in (…)`, how the indexer reads a batch): found by key instead of scanning the catalog, in
 * catalog order. Undefined when no group does. Every filter still applies to what is returned.
 */
function productsByKey(data: SandboxData, criteria: SearchCriteria): Product[] | undefined {
  const group = criteria.filter_groups.find(
    (g) =>
      g.filters.length > 0 &&
      g.filters.every(
        (f) => KEY_FIELDS.has(f.field) && (f.condition_type === 'eq' || f.condition_type === 'in'),
      ),
  );
  if (!group) return undefined;
  const values = (field: string) =>
    group.filters
      .filter((f) => f.field === field)
      .flatMap((f) => (f.condition_type === 'in' ? f.value.split(',').map((v) => v.trim()) : [f.value]));
  const found = new Set([
    ...data.productsWithSkus(values('sku')),
    ...data.productsWithIds(values('entity_id')),
  ]);
  return data.inCatalogOrder([...found]);
}

/**
 * Saves at the default scope and drops the store-scoped values of what changed, so the new value
 * shows in every store view (see the fidelity notes in docs/sandbox.md).
 */
function applyUpdate(
  ctx: RestContext,
  product: Product,
  update: z.infer<typeof productUpdateSchema>['product'],
): void {
  if (update.name !== undefined) {
    product.name = update.name;
    ctx.data.clearStoreValues(product.sku, 'name');
  }
  if (update.price !== undefined) {
    product.price = update.price;
    ctx.data.clearStoreValues(product.sku, 'price');
  }
  if (update.status !== undefined) product.status = update.status;
  if (update.visibility !== undefined) product.visibility = update.visibility;
  if (update.weight !== undefined) product.weight = update.weight;
  const stock = update.extension_attributes?.stock_item;
  const item = product.extension_attributes.stock_item;
  if (stock && item) {
    if (stock.qty !== undefined) item.qty = stock.qty;
    item.is_in_stock = stock.is_in_stock ?? item.qty > 0;
  }
  for (const attribute of update.custom_attributes ?? []) {
    product.custom_attributes = product.custom_attributes.filter(
      (a) => a.attribute_code !== attribute.attribute_code,
    );
    if (attribute.value !== '') product.custom_attributes.push(attribute);
    ctx.data.clearStoreValues(product.sku, attribute.attribute_code);
  }
  product.updated_at = ctx.data.timestamp();
  ctx.data.productSaved();
}
