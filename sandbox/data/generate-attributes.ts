import type { ProductAttribute } from './fixture-schema.js';
import { FR_STORE_ID } from './generate-stores.js';

/** Select/multiselect attributes the generator uses, with their option labels (ids are assigned in order). */
const SELECT_ATTRIBUTES: ReadonlyArray<{
  id: number;
  code: string;
  label: string;
  input: 'select' | 'multiselect';
  options: readonly string[];
}> = [
  {
    id: 93,
    code: 'color',
    label: 'Color',
    input: 'select',
    options: [
      'Black',
      'White',
      'Red',
      'Blue',
      'Green',
      'Grey',
      'Navy',
      'Olive',
      'Orange',
      'Silver',
      'Purple',
      'Yellow',
    ],
  },
  {
    id: 144,
    code: 'size',
    label: 'Size',
    input: 'select',
    options: ['XS', 'S', 'M', 'L', 'XL', 'XXL', '7', '8', '9', '10', '11', '12'],
  },
  {
    id: 136,
    code: 'material',
    label: 'Material',
    input: 'multiselect',
    options: [
      'Cotton',
      'Polyester',
      'Nylon',
      'Merino Wool',
      'Leather',
      'Aluminum',
      'Steel',
      'Plastic',
      'Bamboo',
      'Gore-Tex',
      'Down',
      'Rubber',
    ],
  },
  {
    id: 83,
    code: 'manufacturer',
    label: 'Brand',
    input: 'select',
    options: [
      'Acme',
      'Northpeak',
      'Voltra',
      'Raptor',
      'Sonique',
      'Hearthly',
      'Trailwise',
      'Cyclon',
      'Playforge',
      'Stridex',
      'Lumio',
      'Kestrel',
    ],
  },
  {
    id: 150,
    code: 'warranty',
    label: 'Warranty',
    input: 'select',
    options: ['No warranty', '1 year', '2 years', '3 years', 'Lifetime'],
  },
  {
    id: 151,
    code: 'screen_size',
    label: 'Screen Size',
    input: 'select',
    options: ['13"', '14"', '15.6"', '16"', '17.3"', '27"', '32"', '55"', '65"'],
  },
  {
    id: 152,
    code: 'connectivity',
    label: 'Connectivity',
    input: 'multiselect',
    options: ['Bluetooth', 'Wi-Fi', 'USB-C', 'Zigbee', 'Thread', 'HDMI', 'Ethernet'],
  },
  {
    id: 153,
    code: 'age_range',
    label: 'Age Range',
    input: 'select',
    options: ['3-5 years', '6-8 years', '8-12 years', '13+ years', 'Adult'],
  },
];

/** Text attributes the catalog exposes besides Magento's system ones. */
const TEXT_ATTRIBUTES: ReadonlyArray<{
  id: number;
  code: string;
  label: string;
  input: ProductAttribute['frontend_input'];
}> = [
  { id: 73, code: 'name', label: 'Product Name', input: 'text' },
  { id: 75, code: 'description', label: 'Description', input: 'textarea' },
  { id: 76, code: 'short_description', label: 'Short Description', input: 'textarea' },
  { id: 77, code: 'price', label: 'Price', input: 'price' },
  { id: 78, code: 'special_price', label: 'Special Price', input: 'price' },
  { id: 79, code: 'special_from_date', label: 'Special Price From Date', input: 'date' },
  { id: 80, code: 'special_to_date', label: 'Special Price To Date', input: 'date' },
  { id: 82, code: 'weight', label: 'Weight', input: 'weight' },
  { id: 124, code: 'url_key', label: 'URL Key', input: 'text' },
  { id: 154, code: 'battery_life_hours', label: 'Battery Life (hours)', input: 'text' },
];

const FIRST_OPTION_ID = 5000;

/** Store labels of the French store view (`frontend_labels`); the others show `default_frontend_label`. */
const FRENCH_LABELS: Readonly<Record<string, string>> = {
  color: 'Couleur',
  size: 'Taille',
  material: 'Matière',
  manufacturer: 'Marque',
  warranty: 'Garantie',
  screen_size: 'Taille d’écran',
  weight: 'Poids',
  connectivity: 'Connectivité',
  age_range: 'Tranche d’âge',
  name: 'Nom du produit',
  price: 'Prix',
  battery_life_hours: 'Autonomie (heures)',
};

/**
 * French store labels of select options (`eav_attribute_option_value` rows of the `fr` store), by
 * attribute and admin label; an option without one (sizes, brands, connectivity) shows its admin label.
 */
const FRENCH_OPTION_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  color: {
    Black: 'Noir',
    White: 'Blanc',
    Red: 'Rouge',
    Blue: 'Bleu',
    Green: 'Vert',
    Grey: 'Gris',
    Navy: 'Bleu marine',
    Silver: 'Argent',
    Purple: 'Violet',
    Yellow: 'Jaune',
  },
  material: {
    Cotton: 'Coton',
    'Merino Wool': 'Laine mérinos',
    Leather: 'Cuir',
    Aluminum: 'Aluminium',
    Steel: 'Acier',
    Plastic: 'Plastique',
    Bamboo: 'Bambou',
    Down: 'Duvet',
    Rubber: 'Caoutchouc',
  },
  warranty: {
    'No warranty': 'Sans garantie',
    '1 year': '1 an',
    '2 years': '2 ans',
    '3 years': '3 ans',
    Lifetime: 'À vie',
  },
  screen_size: { '15.6"': '15,6"', '17.3"': '17,3"' },
  age_range: {
    '3-5 years': '3-5 ans',
    '6-8 years': '6-8 ans',
    '8-12 years': '8-12 ans',
    '13+ years': '13 ans et +',
    Adult: 'Adulte',
  },
};

/** The product attributes of the demo store, Magento-shaped (`GET /V1/products/attributes/:code`). */
export function generateAttributes(): ProductAttribute[] {
  let optionId = FIRST_OPTION_ID;
  const selects = SELECT_ATTRIBUTES.map((a) => ({
    ...base(a.id, a.code, a.label, a.input),
    is_filterable: true,
    backend_type: a.input === 'multiselect' ? 'varchar' : 'int',
    backend_model:
      a.input === 'multiselect' ? 'Magento\\Eav\\Model\\Entity\\Attribute\\Backend\\ArrayBackend' : undefined,
    source_model: 'Magento\\Eav\\Model\\Entity\\Attribute\\Source\\Table',
    options: a.options.map((label) => ({
      label,
      value: String(optionId++),
      store_labels: storeLabels(FRENCH_OPTION_LABELS[a.code]?.[label]),
    })),
  }));
  const texts = TEXT_ATTRIBUTES.map((a) => ({
    ...base(a.id, a.code, a.label, a.input),
    is_filterable: a.code === 'price',
    backend_type:
      a.input === 'price' || a.input === 'weight' ? 'decimal' : a.input === 'date' ? 'datetime' : 'varchar',
    options: [],
  }));
  return [...texts, ...selects].sort((a, b) => a.attribute_id - b.attribute_id);
}

function base(id: number, code: string, label: string, input: ProductAttribute['frontend_input']) {
  const userDefined = id >= 136;
  return {
    attribute_id: id,
    attribute_code: code,
    frontend_input: input,
    entity_type_id: '4',
    is_required: code === 'name' || code === 'price',
    default_frontend_label: label,
    frontend_labels: storeLabels(FRENCH_LABELS[code]),
    is_user_defined: userDefined || code === 'color' || code === 'manufacturer',
    is_searchable: code === 'name' || code === 'description' || code === 'manufacturer' ? '1' : '0',
    is_visible_on_front: userDefined ? '1' : '0',
    is_comparable: userDefined ? '1' : '0',
    used_in_product_listing: code === 'name' || code === 'price' ? '1' : '0',
    scope: code === 'price' || code === 'special_price' ? ('website' as const) : ('store' as const),
  };
}

function storeLabels(french: string | undefined): { store_id: number; label: string }[] {
  return french === undefined ? [] : [{ store_id: FR_STORE_ID, label: french }];
}

/** Option id of `label` in a generated select attribute: option ids only resolve through attribute options. */
export function optionIndex(
  attributes: readonly ProductAttribute[],
): (code: string, label: string) => string {
  const index = new Map<string, string>();
  for (const a of attributes)
    for (const o of a.options) index.set(`${a.attribute_code}\u0000${o.label}`, o.value);
  return (code, label) => {
    const id = index.get(`${code}\u0000${label}`);
    if (id === undefined) throw new RangeError(`no option "${label}" on attribute ${code}`);
    return id;
  };
}
