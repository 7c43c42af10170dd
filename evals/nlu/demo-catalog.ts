import { generateFixture } from '../../sandbox/data/generate-fixture.js';
import { APPAREL_LINES, PRODUCT_LINES } from '../../sandbox/data/catalog-templates.js';
import type { CatalogEntry } from '../../sidecar/nlu/types.js';

/**
 * The demo store's catalog as the NLU of a store view sees it: product names (the French store view's
 * names as other names) and category names in both languages, the way `sidecar/nlu-setup.ts` injects a
 * real store's. The eval and its gate read the held-out set against it.
 */
export function demoCatalog(): { lexicon: CatalogEntry[]; categories: string[] } {
  const fixture = generateFixture({});
  const frenchNames = new Map(
    fixture.store_values
      .filter((v) => v.store_code === 'fr' && v.attribute_code === 'name')
      .map((v) => [v.sku, String(v.value)]),
  );
  const lexicon = fixture.products.map((p) => {
    const french = frenchNames.get(p.sku);
    return { sku: p.sku, name: p.name, ...(french && french !== p.name ? { otherNames: [french] } : {}) };
  });
  const categories = [
    ...fixture.categories.map((c) => c.name),
    ...fixture.category_store_values.filter((v) => v.attribute_code === 'name').map((v) => String(v.value)),
  ];
  return { lexicon, categories };
}

/**
 * Every product-type noun phrase of the demo catalog ("Rain Jacket", "Trekking Poles"): the generator's
 * nouns that some generated product is named with.
 */
export function demoProductTypes(lexicon: readonly CatalogEntry[] = demoCatalog().lexicon): string[] {
  const names = lexicon.map((p) => p.name.toLowerCase());
  return [...new Set([...PRODUCT_LINES, ...APPAREL_LINES].flatMap((line) => [...line.nouns]))].filter(
    (noun) => names.some((name) => name.includes(noun.toLowerCase())),
  );
}

/**
 * The same product types as the French store view names them ("Veste de pluie", "Bâtons de randonnée"):
 * the words every French name of that type's products starts with (French names lead with the noun).
 */
export function demoProductTypesFrench(lexicon: readonly CatalogEntry[] = demoCatalog().lexicon): string[] {
  const out = new Set<string>();
  for (const noun of demoProductTypes(lexicon)) {
    const french = lexicon
      .filter((p) => p.name.toLowerCase().includes(noun.toLowerCase()))
      .flatMap((p) => p.otherNames ?? [])
      .map((n) => n.split(/\s+/));
    if (french.length < 2) continue;
    const first = french[0] ?? [];
    let n = 0;
    while (n < first.length && french.every((w) => w[n]?.toLowerCase() === first[n]?.toLowerCase())) n++;
    if (n > 0) out.add(first.slice(0, n).join(' '));
  }
  return [...out];
}
