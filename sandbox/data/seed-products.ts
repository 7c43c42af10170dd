import type { Review } from './fixture-schema.js';
import { CATEGORY } from './generate-categories.js';
import { urlKey, type ProductDraft } from './product-builder.js';

type SeedProduct = (
  id: number,
  option: (code: string, label: string) => string,
  dates: { createdAt: string; updatedAt: string },
) => ProductDraft;

interface LaptopSpec {
  sku: string;
  name: string;
  brand: string;
  price: number;
  battery: number;
  screen: string;
  qty: number;
}

/** Gaming laptops under and over $1,500 with battery life, for "a gaming laptop under $1,500 with good battery". */
const GAMING_LAPTOPS: readonly LaptopSpec[] = [
  {
    sku: 'RAPTOR-X15',
    name: 'Raptor X15 Gaming Laptop',
    brand: 'Raptor',
    price: 1299,
    battery: 6,
    screen: '15.6"',
    qty: 14,
  },
  {
    sku: 'NOVA-G16',
    name: 'Kestrel Nova G16 Gaming Laptop',
    brand: 'Kestrel',
    price: 1449,
    battery: 9,
    screen: '16"',
    qty: 7,
  },
  {
    sku: 'VORTEX-14',
    name: 'Voltra Vortex 14 Gaming Laptop',
    brand: 'Voltra',
    price: 1499,
    battery: 11,
    screen: '14"',
    qty: 3,
  },
  {
    sku: 'BLADE-16',
    name: 'Lumio Blade 16 Gaming Laptop',
    brand: 'Lumio',
    price: 1799,
    battery: 8,
    screen: '16"',
    qty: 11,
  },
  {
    sku: 'TITAN-17',
    name: 'Raptor Titan 17 Gaming Laptop',
    brand: 'Raptor',
    price: 2199,
    battery: 4,
    screen: '17.3"',
    qty: 0,
  },
];

function laptop(spec: LaptopSpec): SeedProduct {
  return (id, option, dates) => ({
    id,
    sku: spec.sku,
    name: spec.name,
    french: {
      name: frenchName(spec.sku),
      description:
        `<p><strong>${frenchName(spec.sku)}</strong> : un écran ${spec.screen} 165 Hz et un GPU de dernière génération.</p>` +
        `<ul><li>Autonomie : jusqu’à ${spec.battery} heures (lecture vidéo ; moins en jeu)</li><li>SSD NVMe 1 To, 16 Go de RAM</li><li>Clavier RGB rétroéclairé touche par touche</li></ul>`,
      short_description: `<p>Ordinateur portable gamer ${spec.screen}, jusqu’à ${spec.battery} h d’autonomie.</p>`,
    },
    type: 'simple',
    price: spec.price,
    categoryIds: [CATEGORY.electronics, CATEGORY.laptops, CATEGORY.gaming],
    attributes: {
      description:
        `<p>The <strong>${spec.name}</strong> pairs a ${spec.screen} 165 Hz display with a current-generation GPU.</p>` +
        `<ul><li>Battery life: up to ${spec.battery} hours (video playback; less while gaming)</li><li>1 TB NVMe SSD, 16 GB RAM</li><li>Per-key RGB keyboard</li></ul>`,
      short_description: `<p>${spec.screen} gaming laptop, up to ${spec.battery} h battery.</p>`,
      url_key: urlKey(spec.name, id),
      meta_title: spec.name,
      manufacturer: option('manufacturer', spec.brand),
      screen_size: option('screen_size', spec.screen),
      battery_life_hours: String(spec.battery),
      warranty: option('warranty', '2 years'),
      material: option('material', 'Aluminum'),
      color: option('color', 'Black'),
    },
    qty: spec.qty,
    weight: 5.1,
    ...dates,
  });
}

interface GiftSpec {
  sku: string;
  name: string;
  brand: string;
  price: number;
  category: number;
  text: string;
  frenchText: string;
}

/** Tech gifts for teenagers, most under $50 and one above it. */
const TECH_GIFTS: readonly GiftSpec[] = [
  {
    sku: 'GIFT-EARBUDS',
    name: 'Sonique Pulse True Wireless Earbuds',
    brand: 'Sonique',
    price: 39.99,
    category: CATEGORY.headphones,
    text: 'Punchy sound and a pocket-size charging case: a favourite gift for teens.',
    frenchText: 'Un son percutant et un boîtier de charge de poche : un cadeau apprécié des ados.',
  },
  {
    sku: 'GIFT-LEDSTRIP',
    name: 'Lumio Glow LED Strip Lights 16 ft',
    brand: 'Lumio',
    price: 24.99,
    category: CATEGORY.smartHome,
    text: 'App-controlled colour light strips that sync to music — teens love them for their rooms.',
    frenchText:
      'Rubans lumineux colorés pilotés par une appli et synchronisés avec la musique — les ados les adorent dans leur chambre.',
  },
  {
    sku: 'GIFT-POWERBANK',
    name: 'Voltra PowerCube 10,000 mAh Portable Charger',
    brand: 'Voltra',
    price: 29.99,
    category: CATEGORY.smartHome,
    text: 'Charges a phone twice over; USB-C in and out. A practical gift for students.',
    frenchText:
      'Recharge un téléphone deux fois ; entrée et sortie USB-C. Un cadeau pratique pour les étudiants.',
  },
  {
    sku: 'GIFT-SPEAKER',
    name: 'Sonique Boom Mini Bluetooth Speaker',
    brand: 'Sonique',
    price: 44.99,
    category: CATEGORY.headphones,
    text: 'Waterproof (IPX7) mini speaker with 12 hours of play time.',
    frenchText: 'Mini enceinte étanche (IPX7) avec 12 heures d’autonomie.',
  },
  {
    sku: 'GIFT-RINGLIGHT',
    name: 'Acme Selfie Ring Light with Phone Tripod',
    brand: 'Acme',
    price: 34.99,
    category: CATEGORY.smartHome,
    text: 'Ring light and bendy tripod for video calls and creators.',
    frenchText: 'Anneau lumineux et trépied flexible pour les appels vidéo et les créateurs de contenu.',
  },
  {
    sku: 'GIFT-HEADSET',
    name: 'Sonique Studio Pro Headphones',
    brand: 'Sonique',
    price: 129,
    category: CATEGORY.headphones,
    text: 'Studio-grade over-ear headphones for budding producers.',
    frenchText: 'Casque circum-auriculaire de qualité studio pour les producteurs en herbe.',
  },
];

function gift(spec: GiftSpec): SeedProduct {
  return (id, option, dates) => ({
    id,
    sku: spec.sku,
    name: spec.name,
    french: { name: frenchName(spec.sku), description: `<p>${spec.frenchText}</p>` },
    type: 'simple',
    price: spec.price,
    categoryIds: [CATEGORY.electronics, spec.category, CATEGORY.techGifts],
    attributes: {
      description: `<p>${spec.text}</p>`,
      url_key: urlKey(spec.name, id),
      manufacturer: option('manufacturer', spec.brand),
      age_range: option('age_range', '13+ years'),
      warranty: option('warranty', '1 year'),
      connectivity: option('connectivity', 'Bluetooth'),
    },
    qty: 40,
    weight: 0.4,
    ...dates,
  });
}

const CARGO_NET: SeedProduct = (id, option, dates) => ({
  id,
  sku: 'CYC-CARGO-NET',
  name: 'Cyclon Stretch Cargo Net for Bike Racks',
  french: {
    name: frenchName('CYC-CARGO-NET'),
    description:
      '<p>Six crochets en acier se fixent sur tout porte-bagages arrière standard : vous y arrimez une tente, un sac de couchage ou une chaise de camping pour vos sorties en <em>cyclo-camping</em>.</p><ul><li>S’étire de 30 × 30 cm à 60 × 60 cm</li><li>Compatible avec les porte-bagages à tubes de 8–12 mm</li></ul>',
    short_description: '<p>Filet de bagage élastique qui se fixe aux porte-bagages vélo.</p>',
  },
  type: 'simple',
  price: 19.99,
  categoryIds: [CATEGORY.outdoor, CATEGORY.cycling, CATEGORY.camping],
  attributes: {
    description:
      '<p>Six steel hooks clip onto any standard rear bike rack, so you can strap down a tent, sleeping bag or camp chair for <em>bike camping</em> trips.</p><ul><li>Stretches from 30 × 30 cm to 60 × 60 cm</li><li>Fits racks with 8–12 mm rails</li></ul>',
    short_description: '<p>Bungee cargo net that attaches to bike racks.</p>',
    url_key: urlKey('Stretch Cargo Net for Bike Racks', id),
    manufacturer: option('manufacturer', 'Cyclon'),
    material: [option('material', 'Rubber'), option('material', 'Steel')].join(','),
    color: option('color', 'Black'),
    warranty: option('warranty', '1 year'),
  },
  qty: 85,
  weight: 0.3,
  ...dates,
});

export const SEED_PRODUCTS: readonly SeedProduct[] = [
  ...GAMING_LAPTOPS.map(laptop),
  ...TECH_GIFTS.map(gift),
  CARGO_NET,
];

/** Reviews the demo conversations quote (battery life of the gaming laptops). */
export const SEED_REVIEWS: ReadonlyArray<{
  sku: string;
  daysAgo: number;
  review: Pick<Review, 'sku' | 'nickname' | 'summary' | 'text' | 'ratings'>;
}> = [
  {
    sku: 'RAPTOR-X15',
    daysAgo: 20,
    review: {
      sku: 'RAPTOR-X15',
      nickname: 'Dev',
      summary: 'Fast, but the battery is short',
      text: 'Runs everything on high. Battery lasts about 2 hours while gaming, 5–6 for browsing.',
      ratings: [
        { rating_name: 'Quality', value: 4 },
        { rating_name: 'Value', value: 4 },
      ],
    },
  },
  {
    sku: 'NOVA-G16',
    daysAgo: 35,
    review: {
      sku: 'NOVA-G16',
      nickname: 'Kim',
      summary: 'Best battery in its class',
      text: 'I get a full day of classes on battery (around 8–9 hours) and it still games well in the evening.',
      ratings: [
        { rating_name: 'Quality', value: 5 },
        { rating_name: 'Value', value: 5 },
      ],
    },
  },
  {
    sku: 'VORTEX-14',
    daysAgo: 12,
    review: {
      sku: 'VORTEX-14',
      nickname: 'Alex',
      summary: 'Light and long battery life',
      text: 'Compact 14-inch; battery easily lasts 10 hours of work. Fans get loud under load.',
      ratings: [
        { rating_name: 'Quality', value: 4 },
        { rating_name: 'Value', value: 5 },
      ],
    },
  },
  {
    sku: 'TITAN-17',
    daysAgo: 60,
    review: {
      sku: 'TITAN-17',
      nickname: 'Rory',
      summary: 'Desktop replacement',
      text: 'Incredible performance, but the battery barely lasts 3 hours. Keep it plugged in.',
      ratings: [
        { rating_name: 'Quality', value: 5 },
        { rating_name: 'Value', value: 3 },
      ],
    },
  },
  {
    sku: 'CYC-CARGO-NET',
    daysAgo: 40,
    review: {
      sku: 'CYC-CARGO-NET',
      nickname: 'Jo',
      summary: 'Perfect for bikepacking',
      text: 'Holds my tent and sleeping bag on the rear rack without any rattling.',
      ratings: [
        { rating_name: 'Quality', value: 5 },
        { rating_name: 'Value', value: 5 },
      ],
    },
  },
];

/** Names of the seed products in the `fr` store view (store-scoped `name` values). */
const SEED_FRENCH_NAMES: Readonly<Record<string, string>> = {
  'RAPTOR-X15': 'Ordinateur portable gamer Raptor X15',
  'NOVA-G16': 'Ordinateur portable gamer Kestrel Nova G16',
  'VORTEX-14': 'Ordinateur portable gamer Voltra Vortex 14',
  'BLADE-16': 'Ordinateur portable gamer Lumio Blade 16',
  'TITAN-17': 'Ordinateur portable gamer Raptor Titan 17',
  'GIFT-EARBUDS': 'Écouteurs sans fil Sonique Pulse',
  'GIFT-LEDSTRIP': 'Ruban LED Lumio Glow 5 m',
  'GIFT-POWERBANK': 'Batterie externe Voltra PowerCube 10 000 mAh',
  'GIFT-SPEAKER': 'Mini enceinte Bluetooth Sonique Boom',
  'GIFT-RINGLIGHT': 'Anneau lumineux Acme avec trépied',
  'GIFT-HEADSET': 'Casque Sonique Studio Pro',
  'CYC-CARGO-NET': 'Filet de bagage extensible Cyclon pour porte-bagages vélo',
};

function frenchName(sku: string): string {
  const name = SEED_FRENCH_NAMES[sku];
  if (name === undefined) throw new RangeError(`no French name for seed product ${sku}`);
  return name;
}
