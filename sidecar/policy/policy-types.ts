import type { Channel, ConfigScope } from '../../common/magento/verity-config.js';

/** A delivery time range for one shipping method, in business days from dispatch. */
export interface PolicyDeliveryRange {
  /** Magento shipping method code, e.g. `flatrate`. */
  method: string;
  minDays: number;
  maxDays: number;
}

/** The policy values one rule grants. Money is in `currency` (the website's base currency). */
export interface PolicyValues {
  returnWindowDays: number;
  /** Fee the customer pays to ship a return; 0 = free return shipping. */
  returnShippingFee: number;
  /** Percent (0–100) of the item price withheld on a return; 0 = none. */
  restockingFeePercent: number;
  finalSale: boolean;
  exchangeAllowed: boolean;
  /** 0 = no warranty beyond the legal minimum. */
  warrantyMonths: number;
  priceMatch: boolean;
  priceMatchExclusions: string[];
  /** Order subtotal from which shipping is free; null = no free shipping. */
  freeShippingThreshold: number | null;
  deliveryRanges: PolicyDeliveryRange[];
  /** ISO 4217 code of every money value above. */
  currency: string;
}

/** Identifies one fetched policy configuration: content hash of the canonical JSON + when it was read. */
export interface PolicyVersion {
  /** `sha256:<first 16 hex chars>` of the canonical (key-sorted) config JSON. */
  hash: string;
  /** ISO 8601 time the config was fetched from Magento. */
  fetchedAt: string;
}

export interface PolicyCitation {
  source: 'policy';
  /** The winning rule's id, e.g. `stores:default:row_12`. */
  id: string;
  /** The config version hash. */
  version: string;
  /** Human-readable: which rule, which category, which scope and channel. */
  title: string;
}

export interface PolicyAppliesTo {
  /** The category the winning rule is attached to; null = a rule for every category. */
  category: { id: number; name: string } | null;
  /** The scope the rule came from and the store view it was resolved for. */
  region: { scope: ConfigScope; scopeCode: string; storeCode: string; websiteCode: string };
  /** The channel the rule is for; null = every channel. */
  channel: Channel | null;
}

export interface PolicyViolation {
  code: 'no_policy_registered' | 'unknown_category';
  message: string;
}

export interface PolicyFound {
  ok: true;
  values: PolicyValues;
  ruleId: string;
  version: PolicyVersion;
  scope: ConfigScope;
  appliesTo: PolicyAppliesTo;
  citation: PolicyCitation;
  /** Why this rule won, in plain words (which rules were candidates and the tie-break used). */
  explanation: string;
}

export interface PolicyNotFound {
  ok: false;
  violations: PolicyViolation[];
}

export type PolicyLookupResult = PolicyFound | PolicyNotFound;
