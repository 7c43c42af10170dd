import type { Category } from '../data/fixture-schema.js';
import type { StoreContext } from './product-view.js';

function uidOf(id: number): string {
  return Buffer.from(String(id)).toString('base64');
}

/** A `CategoryTree` object; `children` resolves lazily so deep queries stay cheap. */
export function categoryView(ctx: StoreContext, c: Category): Record<string, unknown> {
  const attr = (code: string) => c.custom_attributes?.find((a) => a.attribute_code === code)?.value ?? null;
  const children = ctx.data.categories(ctx.storeCode).filter((x) => x.parent_id === c.id && x.is_active);
  return {
    __typename: 'CategoryTree',
    uid: uidOf(c.id),
    name: c.name,
    url_key: attr('url_key'),
    url_path: attr('url_path'),
    level: c.level,
    path: c.path,
    position: c.position,
    include_in_menu: c.include_in_menu ? 1 : 0,
    children_count: String(children.length),
    product_count: ctx.data.fixture.products.filter(
      (p) =>
        p.status === 1 &&
        p.visibility !== 1 &&
        (p.extension_attributes.category_links ?? []).some((l) => l.category_id === String(c.id)),
    ).length,
    children: () => children.sort((a, b) => a.position - b.position).map((x) => categoryView(ctx, x)),
  };
}
