import { Router, type Response } from 'express';
import { requireAdmin } from '../auth.js';
import type { Category, ProductAttribute } from '../data/fixture-schema.js';
import type { SandboxData } from '../data/sandbox-data.js';
import { storeOptions } from '../data/store-labels.js';
import { MESSAGES, sendError, sendMagento } from '../magento-response.js';
import { intParam, sendList, topLevel, type RestContext } from './context.js';
import { currentStore } from './store-scope.js';

/** `Catalog.CategoryTreeInterface` of `GET /V1/categories`. */
interface TreeNode {
  id: number;
  parent_id: number;
  name: string;
  is_active: boolean;
  position: number;
  level: number;
  product_count: number;
  children_data: TreeNode[];
}

function tree(
  data: SandboxData,
  storeCode: string,
  rootId: number,
  depth: number | undefined,
): TreeNode | undefined {
  const counts = data.productCountsByCategory();
  const categories = data.categories(storeCode);
  const byParent = new Map<number, Category[]>();
  for (const c of categories) {
    const list = byParent.get(c.parent_id) ?? [];
    list.push(c);
    byParent.set(c.parent_id, list);
  }
  const build = (c: Category, level: number): TreeNode => ({
    id: c.id,
    parent_id: c.parent_id,
    name: c.name,
    is_active: c.is_active,
    position: c.position,
    level: c.level,
    product_count: counts.get(String(c.id)) ?? 0,
    children_data:
      depth !== undefined && level >= depth
        ? []
        : (byParent.get(c.id) ?? [])
            .sort((a, b) => a.position - b.position)
            .map((child) => build(child, level + 1)),
  });
  const root = categories.find((c) => c.id === rootId);
  return root ? build(root, 0) : undefined;
}

/** `Catalog.CategoryInterface`: adds the comma-separated `children` ids Magento computes. */
function categoryOut(data: SandboxData, c: Category): Category & { children: string } {
  const children = data.fixture.categories.filter((x) => x.parent_id === c.id).map((x) => x.id);
  return { ...c, children: children.join(',') };
}

/** `Eav.AttributeOptionInterface[]` in the store view's labels: table-source selects start with Magento's empty option. */
function optionsOut(a: ProductAttribute, storeId: number) {
  const options = storeOptions(a, storeId);
  if (a.frontend_input !== 'select' && a.frontend_input !== 'multiselect') return options;
  return [{ label: ' ', value: '' }, ...options];
}

export function catalogStructureRouter(ctx: RestContext): Router {
  const router = Router();
  const categories = requireAdmin(ctx.tokens, 'Magento_Catalog::categories');
  const attributes = requireAdmin(ctx.tokens, 'Magento_Catalog::attributes_attributes');

  router.get('/categories', categories, (req, res) => {
    const store = currentStore(res);
    const group = ctx.data.fixture.store_groups.find((g) => g.id === store.store_group_id);
    const fallbackRoot =
      ctx.data.fixture.store_groups.find((g) => g.root_category_id > 0)?.root_category_id ?? 1;
    const rootId = intParam(req.query.rootCategoryId) ?? (group?.root_category_id || fallbackRoot);
    const node = tree(ctx.data, store.code, rootId, intParam(req.query.depth));
    if (!node) return sendError(res, 404, MESSAGES.noSuchEntity, { fieldName: 'id', fieldValue: rootId });
    sendMagento(res, node);
  });

  router.get('/categories/list', categories, (req, res) => {
    sendList(req, res, ctx.data.categories(currentStore(res).code), topLevel, (c) =>
      categoryOut(ctx.data, c),
    );
  });

  router.get('/categories/:categoryId', categories, (req, res) => {
    const id = intParam(req.params.categoryId);
    const category = ctx.data.categories(currentStore(res).code).find((c) => c.id === id);
    if (!category) {
      return sendError(res, 404, MESSAGES.noSuchEntity, {
        fieldName: 'id',
        fieldValue: req.params.categoryId,
      });
    }
    sendMagento(res, categoryOut(ctx.data, category));
  });

  /** The attribute, or Magento's 404 sent and undefined. */
  const attributeOr404 = (code: unknown, res: Response): ProductAttribute | undefined => {
    const attribute = ctx.data.fixture.attributes.find((a) => a.attribute_code === code);
    if (!attribute) {
      sendError(
        res,
        404,
        'The attribute with a "%1" attributeCode doesn\'t exist. Verify the attribute and try again.',
        [String(code)],
      );
    }
    return attribute;
  };

  router.get('/products/attributes', attributes, (req, res) => {
    const storeId = currentStore(res).id;
    sendList(req, res, ctx.data.fixture.attributes, topLevel, (a) => ({
      ...a,
      options: optionsOut(a, storeId),
    }));
  });

  router.get('/products/attributes/:attributeCode', attributes, (req, res) => {
    const attribute = attributeOr404(req.params.attributeCode, res);
    if (!attribute) return;
    sendMagento(res, { ...attribute, options: optionsOut(attribute, currentStore(res).id) });
  });

  router.get('/products/attributes/:attributeCode/options', attributes, (req, res) => {
    const attribute = attributeOr404(req.params.attributeCode, res);
    if (!attribute) return;
    sendMagento(res, optionsOut(attribute, currentStore(res).id));
  });

  return router;
}
