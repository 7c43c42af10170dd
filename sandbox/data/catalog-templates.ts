import { CATEGORY } from './generate-categories.js';

/** What a generated simple product of one category looks like. */
export interface ProductLine {
  categoryIds: readonly number[];
  skuPrefix: string;
  nouns: readonly string[];
  adjectives: readonly string[];
  brands: readonly string[];
  price: readonly [number, number];
  weight: readonly [number, number];
  materials: readonly string[];
  /** Select attribute codes to fill with a random option (besides brand/material/warranty). */
  selects: readonly string[];
  batteryHours?: readonly [number, number];
  features: readonly string[];
}

const LINES = [
  {
    categoryIds: [CATEGORY.electronics, CATEGORY.laptops],
    skuPrefix: 'EL-LAP',
    nouns: ['Laptop', 'Ultrabook', 'Notebook', '2-in-1 Laptop', 'Chromebook'],
    adjectives: ['Slim', 'Pro', 'Air', 'Creator', 'Business', 'Student'],
    brands: ['Voltra', 'Lumio', 'Kestrel', 'Acme'],
    price: [399, 2499],
    weight: [2.4, 5.5],
    materials: ['Aluminum', 'Plastic'],
    selects: ['screen_size', 'color'],
    batteryHours: [5, 18],
    features: ['backlit keyboard', 'fingerprint reader', 'Wi-Fi 6E', 'two USB-C ports', 'a 1080p webcam'],
  },
  {
    categoryIds: [CATEGORY.electronics, CATEGORY.headphones],
    skuPrefix: 'EL-HDP',
    nouns: ['Wireless Headphones', 'Earbuds', 'Over-Ear Headphones', 'Sport Earphones', 'Studio Monitors'],
    adjectives: ['Noise-Cancelling', 'True Wireless', 'Bass', 'Travel', 'Open-Back'],
    brands: ['Sonique', 'Acme', 'Lumio'],
    price: [19, 449],
    weight: [0.1, 0.9],
    materials: ['Plastic', 'Aluminum', 'Leather'],
    selects: ['color', 'connectivity'],
    batteryHours: [6, 60],
    features: [
      'active noise cancelling',
      'a transparency mode',
      'multipoint pairing',
      'a carrying case',
      'fast charging',
    ],
  },
  {
    categoryIds: [CATEGORY.electronics, CATEGORY.smartHome],
    skuPrefix: 'EL-SMH',
    nouns: [
      'Smart Plug',
      'Video Doorbell',
      'Smart Bulb',
      'Thermostat',
      'Security Camera',
      'Smart Speaker',
      'Hub',
    ],
    adjectives: ['Mini', 'Indoor', 'Outdoor', 'Color', 'Plus'],
    brands: ['Hearthly', 'Lumio', 'Voltra'],
    price: [12, 299],
    weight: [0.1, 2],
    materials: ['Plastic'],
    selects: ['connectivity', 'color'],
    features: ['works with Matter', 'local control', 'energy monitoring', 'two-way audio', 'night vision'],
  },
  {
    categoryIds: [CATEGORY.electronics, CATEGORY.gaming],
    skuPrefix: 'EL-GAM',
    nouns: [
      'Gaming Mouse',
      'Mechanical Keyboard',
      'Controller',
      'Gaming Headset',
      'Gaming Monitor',
      'Mouse Pad',
    ],
    adjectives: ['RGB', 'Pro', 'Wireless', 'Tournament', 'Ergo'],
    brands: ['Raptor', 'Kestrel', 'Acme'],
    price: [15, 899],
    weight: [0.2, 14],
    materials: ['Plastic', 'Aluminum', 'Rubber'],
    selects: ['color', 'connectivity'],
    features: ['programmable buttons', 'hot-swappable switches', 'a 1 ms response time', 'onboard memory'],
  },
  {
    categoryIds: [CATEGORY.outdoor, CATEGORY.camping],
    skuPrefix: 'OD-CMP',
    nouns: [
      'Tent',
      'Sleeping Bag',
      'Camp Stove',
      'Lantern',
      'Camp Chair',
      'Cooler',
      'Sleeping Pad',
      'Water Filter',
    ],
    adjectives: ['Ultralight', '2-Person', '4-Person', 'Backpacking', 'Family', 'All-Season'],
    brands: ['Trailwise', 'Northpeak', 'Acme'],
    price: [14, 649],
    weight: [0.3, 22],
    materials: ['Nylon', 'Polyester', 'Aluminum', 'Down', 'Steel'],
    selects: ['color'],
    features: [
      'a waterproof rainfly',
      'a compression sack',
      'a rating of 20°F',
      'a carry bag',
      'a lifetime seam guarantee',
    ],
  },
  {
    categoryIds: [CATEGORY.outdoor, CATEGORY.cycling],
    skuPrefix: 'OD-CYC',
    nouns: [
      'Bike Light',
      'Helmet',
      'Bike Lock',
      'Pannier',
      'Rear Rack',
      'Bike Pump',
      'Saddle',
      'Cycling Gloves',
    ],
    adjectives: ['Commuter', 'Road', 'Gravel', 'Mountain', 'Urban'],
    brands: ['Cyclon', 'Northpeak', 'Acme'],
    price: [9, 329],
    weight: [0.1, 4],
    materials: ['Aluminum', 'Nylon', 'Steel', 'Plastic'],
    selects: ['color'],
    features: ['tool-free mounting', 'USB-C charging', 'reflective details', 'a quick-release clamp'],
  },
  {
    categoryIds: [CATEGORY.outdoor, CATEGORY.hiking],
    skuPrefix: 'OD-HIK',
    nouns: ['Daypack', 'Trekking Poles', 'Hydration Bladder', 'Headlamp', 'Trail Map Case', 'First Aid Kit'],
    adjectives: ['Alpine', 'Trail', 'Summit', 'Light', 'Rugged'],
    brands: ['Trailwise', 'Northpeak'],
    price: [11, 259],
    weight: [0.1, 3],
    materials: ['Nylon', 'Aluminum', 'Polyester'],
    selects: ['color'],
    batteryHours: [20, 120],
    features: ['a ventilated back panel', 'flick-lock adjusters', 'a rain cover', 'reflective trim'],
  },
  {
    categoryIds: [CATEGORY.homeKitchen],
    skuPrefix: 'HK',
    nouns: [
      'Chef Knife',
      'Dutch Oven',
      'Coffee Grinder',
      'Blender',
      'Cutting Board',
      'Kettle',
      'Toaster',
      'Mug Set',
    ],
    adjectives: ['Classic', 'Cast-Iron', 'Stainless', 'Compact', 'Professional'],
    brands: ['Hearthly', 'Acme'],
    price: [9, 499],
    weight: [0.3, 15],
    materials: ['Steel', 'Bamboo', 'Plastic'],
    selects: ['color'],
    features: ['dishwasher-safe parts', 'a non-slip base', 'a 5-year motor guarantee', 'a glass jug'],
  },
  {
    categoryIds: [CATEGORY.toys],
    skuPrefix: 'TG',
    nouns: ['Board Game', 'Building Set', 'Puzzle', 'RC Car', 'Science Kit', 'Card Game', 'Drone'],
    adjectives: ['Family', 'Strategy', 'Junior', 'Deluxe', 'Classic'],
    brands: ['Playforge', 'Acme'],
    price: [8, 199],
    weight: [0.2, 3],
    materials: ['Plastic', 'Bamboo'],
    selects: ['age_range'],
    features: ['2–6 players', 'rechargeable batteries', 'an illustrated guide', '500 pieces'],
  },
  {
    categoryIds: [CATEGORY.sports],
    skuPrefix: 'SP',
    nouns: [
      'Yoga Mat',
      'Dumbbell Set',
      'Jump Rope',
      'Resistance Bands',
      'Soccer Ball',
      'Tennis Racket',
      'Water Bottle',
    ],
    adjectives: ['Pro', 'Training', 'Eco', 'Competition', 'Home Gym'],
    brands: ['Stridex', 'Acme'],
    price: [7, 349],
    weight: [0.1, 40],
    materials: ['Rubber', 'Steel', 'Plastic'],
    selects: ['color'],
    features: ['a carry strap', 'non-slip texture', 'a training guide', 'BPA-free materials'],
  },
] as const satisfies readonly ProductLine[];

export const PRODUCT_LINES: readonly ProductLine[] = LINES;

/** One supplier's boilerplate, pasted verbatim across unrelated products, as merchants do. */
export const SUPPLIER_TEXT =
  '<p>Manufactured to the highest standards of quality by our trusted supplier partner. All specifications are subject to change without notice. Please refer to the included manual for care and safety instructions. Colours may vary slightly from images shown.</p>';

/** Internal jargon that leaks into descriptions from ERPs and PIMs. */
export const INTERNAL_JARGON = [
  'SKU-INT-ASSY-04 rev B',
  'PIM-SYNC: ok / batch 2291',
  'Supplier ref HZ-88120-B (do not publish)',
  'QA hold lifted 2024-09 — see ticket OPS-4412',
];

/** Configurable apparel: each family is a parent plus color × size children. */
export const APPAREL_LINES = [
  {
    categoryId: CATEGORY.jackets,
    skuPrefix: 'AP-JKT',
    nouns: ['Rain Jacket', 'Down Jacket', 'Softshell Jacket', 'Fleece Jacket', 'Insulated Parka'],
    adjectives: ['Storm', 'Summit', 'Urban', 'Trail', 'Ridge'],
    brands: ['Northpeak', 'Trailwise'],
    price: [59, 349],
    sizes: ['S', 'M', 'L', 'XL'],
    materials: ['Gore-Tex', 'Down', 'Polyester', 'Nylon'],
  },
  {
    categoryId: CATEGORY.shoes,
    skuPrefix: 'AP-SHO',
    nouns: ['Trail Runner', 'Hiking Boot', 'Road Running Shoe', 'Sneaker', 'Approach Shoe'],
    adjectives: ['Grip', 'Cloud', 'Tempo', 'Ridge', 'Flow'],
    brands: ['Stridex', 'Northpeak'],
    price: [49, 229],
    sizes: ['8', '9', '10', '11'],
    materials: ['Leather', 'Rubber', 'Nylon'],
  },
  {
    categoryId: CATEGORY.tshirts,
    skuPrefix: 'AP-TEE',
    nouns: ['Tee', 'Performance Tee', 'Long Sleeve Tee', 'Graphic Tee', 'Merino Tee'],
    adjectives: ['Organic', 'Everyday', 'Trail', 'Classic', 'Active'],
    brands: ['Acme', 'Stridex', 'Northpeak'],
    price: [15, 79],
    sizes: ['S', 'M', 'L', 'XL'],
    materials: ['Cotton', 'Polyester', 'Merino Wool'],
  },
] as const;

export const APPAREL_FEATURES = [
  'a relaxed fit',
  'taped seams',
  'reflective details',
  'recycled fabric',
] as const;

export const BUNDLE_NAMES = [
  'Weekend Camping Bundle',
  'Bike Commuter Starter Kit',
  'Trail Day Essentials Bundle',
] as const;

type Line = (typeof LINES)[number] | (typeof APPAREL_LINES)[number];
/** The English terms of the templates: the French tables (`catalog-templates-fr.ts`) must cover each. */
export type TemplateNoun = Line['nouns'][number];
export type TemplateAdjective = Line['adjectives'][number];
export type TemplateFeature = (typeof LINES)[number]['features'][number] | (typeof APPAREL_FEATURES)[number];
export type TemplateBundleName = (typeof BUNDLE_NAMES)[number];

/** How one language words a generated product's copy; the generator's random choices fill it in. */
export interface CopyWording {
  /** The first paragraph, naming the product. */
  intro: string;
  bullet: (feature: string) => string;
  /** The care note of page-builder rows. */
  care: string;
  short: (feature: string | undefined) => string;
  supplierText: string;
}

export function englishWording(name: string): CopyWording {
  return {
    intro: `The <strong>${name}</strong> is built for everyday use.`,
    bullet: (feature) => `Comes with ${feature}`,
    care: 'Care: wipe clean &amp; store dry.',
    short: (feature) => `${name} with ${feature ?? 'everything you need'}.`,
    supplierText: SUPPLIER_TEXT,
  };
}
