import { createHash } from 'node:crypto';
import type { Product } from '../data/fixture-schema.js';
import { CATEGORY } from '../data/generate-categories.js';

/**
 * Placeholder product pictures, like Luma's sample photos but drawn: a pictogram of the product's kind
 * on a tinted background, the same for the same product every time. SVG, so nothing is stored and no
 * image library is needed; a browser shows it like the JPEG Magento would serve at that path.
 */

type Kind =
  | 'laptop'
  | 'headphones'
  | 'home'
  | 'gamepad'
  | 'gift'
  | 'tent'
  | 'bike'
  | 'boot'
  | 'jacket'
  | 'shirt'
  | 'mug'
  | 'toy'
  | 'ball'
  | 'tag';

/** Most specific first: a product in Laptops and Electronics is drawn as a laptop. */
const KIND_BY_CATEGORY: Array<[number, Kind]> = [
  [CATEGORY.laptops, 'laptop'],
  [CATEGORY.headphones, 'headphones'],
  [CATEGORY.smartHome, 'home'],
  [CATEGORY.gaming, 'gamepad'],
  [CATEGORY.techGifts, 'gift'],
  [CATEGORY.camping, 'tent'],
  [CATEGORY.cycling, 'bike'],
  [CATEGORY.hiking, 'boot'],
  [CATEGORY.jackets, 'jacket'],
  [CATEGORY.shoes, 'boot'],
  [CATEGORY.tshirts, 'shirt'],
  [CATEGORY.homeKitchen, 'mug'],
  [CATEGORY.toys, 'toy'],
  [CATEGORY.sports, 'ball'],
  [CATEGORY.electronics, 'laptop'],
  [CATEGORY.outdoor, 'tent'],
  [CATEGORY.apparel, 'shirt'],
  [CATEGORY.clearance, 'tag'],
];

/** Pictograms on a 100×100 grid, drawn in one colour. */
const PICTOGRAMS: Record<Kind, string> = {
  laptop: '<rect x="22" y="28" width="56" height="36" rx="3"/><path d="M14 68h72l-6 8H20z"/>',
  headphones:
    '<path d="M24 60V50a26 26 0 0 1 52 0v10" fill="none" stroke-width="7"/><rect x="18" y="56" width="14" height="22" rx="5"/><rect x="68" y="56" width="14" height="22" rx="5"/>',
  home: '<path d="M50 20 18 48h9v30h46V48h9z"/><circle cx="50" cy="58" r="7" fill="#fff"/>',
  gamepad:
    '<rect x="16" y="36" width="68" height="32" rx="16"/><path d="M31 46v12M25 52h12" stroke="#fff" stroke-width="4"/><circle cx="66" cy="48" r="4" fill="#fff"/><circle cx="73" cy="56" r="4" fill="#fff"/>',
  gift: '<rect x="20" y="42" width="60" height="38" rx="3"/><rect x="16" y="32" width="68" height="12" rx="3"/><path d="M50 32v48" stroke="#fff" stroke-width="6"/><path d="M50 32c-8-14-22-10-16-2M50 32c8-14 22-10 16-2" fill="none" stroke-width="4"/>',
  tent: '<path d="M50 18 12 80h76z"/><path d="M50 46 38 80h24z" fill="#fff"/>',
  bike: '<circle cx="28" cy="62" r="14" fill="none" stroke-width="6"/><circle cx="72" cy="62" r="14" fill="none" stroke-width="6"/><path d="M28 62l14-24h22l8 24M42 38l10 24h20M60 30h10" fill="none" stroke-width="5"/>',
  boot: '<path d="M28 20h22v34l30 10v16H22V54z"/><path d="M22 72h58" stroke="#fff" stroke-width="4"/>',
  jacket:
    '<path d="M36 18 20 26 12 74h14l4-26v34h40V48l4 26h14l-8-48-16-8-14 12z"/><path d="M50 30v52" stroke="#fff" stroke-width="3"/>',
  shirt: '<path d="M36 20 14 32l8 14 10-5v41h36V41l10 5 8-14-22-12c-2 8-26 8-28 0z"/>',
  mug: '<rect x="22" y="28" width="44" height="50" rx="5"/><path d="M66 40h6a10 10 0 0 1 0 20h-6" fill="none" stroke-width="6"/>',
  toy: '<rect x="22" y="44" width="26" height="26" rx="3"/><rect x="52" y="44" width="26" height="26" rx="3"/><rect x="37" y="18" width="26" height="26" rx="3"/>',
  ball: '<circle cx="50" cy="50" r="32"/><path d="M18 50h64M50 18c-14 18-14 46 0 64M50 18c14 18 14 46 0 64" fill="none" stroke="#fff" stroke-width="3"/>',
  tag: '<path d="M16 46 46 16h36v36L52 82z"/><circle cx="68" cy="30" r="6" fill="#fff"/>',
};

/** Muted, warm hues (a cedar-and-pine palette), picked per product. */
const PALETTE: Array<[string, string]> = [
  ['#e9efe6', '#3f6b4b'],
  ['#f1ebe2', '#8a5a3b'],
  ['#e6edf1', '#3c5a73'],
  ['#f3ece6', '#a0522d'],
  ['#ecebf3', '#5a4f7c'],
  ['#eef1e4', '#5f6f2e'],
];

export function productKind(product: Pick<Product, 'extension_attributes'>): Kind {
  const ids = new Set((product.extension_attributes?.category_links ?? []).map((l) => Number(l.category_id)));
  return KIND_BY_CATEGORY.find(([id]) => ids.has(id))?.[1] ?? 'gift';
}

export function productImageSvg(product: Pick<Product, 'sku' | 'name' | 'extension_attributes'>): string {
  const hash = createHash('sha256').update(product.sku).digest();
  const [background, ink] = PALETTE[hash[0]! % PALETTE.length]!;
  const tilt = (hash[1]! % 9) - 4;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="600" height="600" role="img">
<rect width="100" height="100" fill="${background}"/>
<circle cx="${70 + (hash[2]! % 20)}" cy="${14 + (hash[3]! % 16)}" r="${18 + (hash[4]! % 14)}" fill="#fff" opacity=".55"/>
<g fill="${ink}" stroke="${ink}" stroke-linejoin="round" stroke-linecap="round" transform="rotate(${tilt} 50 50) translate(10 10) scale(.8)">${PICTOGRAMS[productKind(product)]}</g>
</svg>`;
}
