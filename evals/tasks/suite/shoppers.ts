/**
 * The sandbox shoppers and orders the tasks are about (docs/sandbox.md, seed 42). Each order is named with
 * what the task needs it to be, so a changed generator fails a task as a precondition, not as a wrong answer.
 */

export const EMMA = { email: 'emma.shopper@example.com' };

/** Emma's orders: one of each kind (docs/sandbox.md). */
export const EMMA_ORDERS = {
  /** Complete 12 days ago: a gaming laptop (15-day laptop window, 15 % restocking fee). */
  laptop: { number: '000000001', state: 'complete', items: { 'NOVA-G16': 1 } },
  /** Shipped 4 days ago: cargo net $19.99 + earbuds $39.99. */
  earbuds: {
    number: '000000002',
    state: 'complete',
    items: { 'CYC-CARGO-NET': 1, 'GIFT-EARBUDS': 1 },
  },
  /** Invoiced, not shipped: LED strip. */
  ledStrip: { number: '000000003', state: 'processing', items: { 'GIFT-LEDSTRIP': 1 } },
  /** Pending (not invoiced): power bank, $35.98. */
  powerBank: { number: '000000004', state: 'new', items: { 'GIFT-POWERBANK': 1 } },
  /** Complete 75 days ago: speaker (30-day window closed). */
  speaker: { number: '000000005', state: 'complete', items: { 'GIFT-SPEAKER': 1 } },
  /** Canceled: two ring lights. */
  ringLights: { number: '000000006', state: 'canceled', items: { 'GIFT-RINGLIGHT': 2 } },
  /** Fully refunded: two headsets. */
  headsets: { number: '000000007', state: 'closed', items: { 'GIFT-HEADSET': 2 } },
  /** Complete 26 days ago, one of two laptops refunded: two Raptor laptops and a cargo net. */
  raptors: { number: '000000008', state: 'complete', items: { 'RAPTOR-X15': 2, 'CYC-CARGO-NET': 1 } },
} as const;

/** Felix Patel: complete 11 days ago, with two puzzles. */
export const FELIX = { email: 'felix.patel57@example.com' };
export const FELIX_PUZZLES = {
  number: '000000078',
  state: 'complete',
  items: { 'OD-CMP-00433': 1, 'EL-LAP-00642': 1, 'TG-00834': 2 },
} as const;

/** Guest orders of the default store view (e-mail, billing last name, postcode in the comments). */
export const GUEST_ORDERS = {
  /** lucas.tanaka1000@example.com, Tanaka, 97201: complete 4 days ago. */
  tanaka: { number: '000000086', state: 'complete', items: { 'OD-HIK-00453': 1, 'TG-00600': 1 } },
  /** felix.muller1003@example.com, Müller, 98101: pending, $433 headphones. */
  muller: { number: '000000088', state: 'new', items: { 'EL-HDP-00712': 1 } },
  /** nora.patel1004@example.com, Patel, 98101: a laptop, complete 96 days ago. */
  patel: { number: '000000089', state: 'complete', items: { 'EL-LAP-01196': 1 } },
  /** zoe.okafor1010@example.com, Okafor, 98101: invoiced, not shipped. */
  okafor: { number: '000000092', state: 'processing', items: { 'EL-SMH-00472': 1, 'OD-CMP-00880': 1 } },
} as const;

/** Mateo Patel, a signed-in shopper of the French store view. */
export const MATEO = { email: 'mateo.patel56@example.com' };
export const MATEO_ORDERS = {
  /** Complete 53 days ago: a board game €36.99 (60-day EU window open). */
  boardGame: { number: '3000000002', state: 'complete', items: { 'TG-00273': 1 } },
  /** Invoiced, not shipped: poles, a laptop and a rear rack. */
  processing: {
    number: '3000000003',
    state: 'processing',
    items: { 'OD-HIK-00514': 1, 'EL-LAP-00766': 1, 'OD-CYC-01134': 1 },
  },
} as const;

/** Guest orders of the French store view. */
export const FR_GUEST_ORDERS = {
  /** omar.smith1002@example.com, Smith, 69001: complete yesterday, a laptop and a camping item. */
  smith: { number: '3000000004', state: 'complete', items: { 'EL-LAP-00516': 1, 'OD-CMP-00775': 1 } },
  /** zoe.garcia1006@example.com, Garcia, 69001: complete 110 days ago. */
  garcia: { number: '3000000005', state: 'complete', items: { 'EL-SMH-00524': 1 } },
} as const;

/** Policy rules of the module config, by scope (GET /V1/verity/config). */
export const RULES = {
  default: { scope: 'default', code: 'default', category: null },
  laptops: { scope: 'default', code: 'default', category: 4 },
  clearance: { scope: 'default', code: 'default', category: 20 },
  eu: { scope: 'websites', code: 'eu', category: null },
  euLaptops: { scope: 'websites', code: 'eu', category: 4 },
} as const;

/** Oliver Hughes, a signed-in shopper of the EU English store view: one order, invoiced, not shipped. */
export const OLIVER = { email: 'oliver.hughes@example.co.uk' };
export const OLIVER_LANTERN = {
  number: '2000000001',
  state: 'processing',
  items: { 'OD-CMP-00718': 1 },
} as const;
