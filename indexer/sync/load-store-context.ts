import { MagentoNotFoundError, MagentoResponseError } from '../../common/errors.js';
import type { MagentoClient } from '../../common/magento/magento-client.js';
import type { MagentoProductAttribute } from '../../common/magento/shapes/catalog.js';
import { languageOfLocale } from '../../common/language/language.js';
import { isKnownTimeZone } from '../../common/time/local-date.js';
import { indexCategoryTree } from '../normalize/category-paths.js';
import type { NormalizeContext } from '../normalize/normalize-product.js';

/** Select attributes that describe a product to a shopper (filterable, searchable or shown on the page). */
/** Free-value inputs worth quoting as specs; `textarea` is left out because it holds HTML blobs. */
const SPEC_INPUTS = ['text', 'weight', 'price', 'date'];

/** Magento's `weight_unit` values as shoppers write the unit after a number. */
const WEIGHT_UNITS: Readonly<Record<string, string>> = { lbs: 'lb', kgs: 'kg' };

function describesProduct(attribute: MagentoProductAttribute): boolean {
  return (
    attribute.is_filterable === true ||
    attribute.is_searchable === '1' ||
    attribute.is_visible_on_front === '1'
  );
}

/**
 * Everything the normalizer needs about one store view, read from Magento once per run: website, base
 * currency, language and time zone, the category tree, the store-view labels of every shopper-facing
 * select attribute and of every shopper-facing yes/no attribute (sale, new, eco-friendly…). A store config without a time zone the runtime knows is a bad Magento answer: special prices
 * would be decided on the wrong day.
 */
export async function loadStoreContext(
  magento: Pick<
    MagentoClient,
    'listStoreConfigs' | 'getCategoryTree' | 'searchProductAttributes' | 'getAttributeOptions'
  >,
  store: string,
  now: Date,
): Promise<Omit<NormalizeContext, 'sharedPassages'>> {
  const [configs, tree, attributes, specs, booleans] = await Promise.all([
    magento.listStoreConfigs([store]),
    magento.getCategoryTree(store),
    magento.searchProductAttributes(store, {
      filterGroups: [[{ field: 'frontend_input', value: 'select,multiselect', conditionType: 'in' }]],
      pageSize: 500,
    }),
    magento.searchProductAttributes(store, {
      filterGroups: [
        [{ field: 'frontend_input', value: SPEC_INPUTS.join(','), conditionType: 'in' }],
        [{ field: 'is_visible_on_front', value: '1' }],
      ],
      pageSize: 500,
    }),
    magento.searchProductAttributes(store, {
      filterGroups: [[{ field: 'frontend_input', value: 'boolean' }]],
      pageSize: 500,
    }),
  ]);
  const config = configs.find((c) => c.code === store);
  if (!config) throw new MagentoNotFoundError(`Magento has no store view "${store}"`, { store });
  const timeZone = config.timezone;
  if (timeZone === null || !isKnownTimeZone(timeZone))
    throw new MagentoResponseError(
      `store ${store}: store config has no known timezone (${String(timeZone)})`,
      {
        entity: 'store config',
        key: store,
        field: 'timezone',
      },
    );
  // Read side by side: every upsert job (a product save) reads its store view's context, and on a busy
  // process each round trip to Magento waits its turn on the event loop.
  const described = attributes.items.flatMap((a) =>
    a.attribute_code && describesProduct(a) ? [a.attribute_code] : [],
  );
  const options = await Promise.all(described.map((code) => magento.getAttributeOptions(store, code)));
  const optionLabels = new Map<string, Map<string, string>>();
  described.forEach((code, i) => {
    const labels = new Map<string, string>();
    for (const option of options[i]!) {
      if (option.value && option.label?.trim()) labels.set(option.value, option.label.trim());
    }
    optionLabels.set(code, labels);
  });
  const flagAttributes = new Map<string, string>();
  for (const attribute of booleans.items) {
    if (!attribute.attribute_code || !describesProduct(attribute)) continue;
    const label =
      attribute.frontend_labels?.find((l) => l.store_id === config.id)?.label ??
      attribute.default_frontend_label;
    if (label?.trim()) flagAttributes.set(attribute.attribute_code, label.trim());
  }
  const language = config.locale ? languageOfLocale(config.locale) : undefined;
  const weightUnit = config.weight_unit
    ? (WEIGHT_UNITS[config.weight_unit] ?? config.weight_unit)
    : undefined;
  return {
    ...(weightUnit ? { weightUnit } : {}),
    store,
    ...(language ? { language } : {}),
    flagAttributes,
    websiteId: config.website_id,
    currency: config.base_currency_code ?? config.default_display_currency_code ?? 'USD',
    now,
    timeZone,
    optionLabels,
    specAttributes: new Set(
      specs.items.flatMap((a) =>
        a.attribute_code && a.is_visible_on_front === '1' ? [a.attribute_code] : [],
      ),
    ),
    categories: indexCategoryTree(tree),
  };
}
