/** What a claim in a draft is about. */
export type ClaimKind =
  | 'duration'
  | 'money'
  | 'percent'
  | 'free'
  | 'fee'
  | 'warranty'
  | 'price_match'
  | 'final_sale'
  | 'exchange'
  | 'returnable'
  | 'date'
  | 'delivery_promise'
  | 'stock'
  | 'order_number'
  | 'order_status'
  | 'tracking'
  | 'carrier'
  | 'authorization'
  | 'code';

export type ViolationCode =
  | 'unsupported_duration'
  | 'contradicts_return_window'
  | 'contradicts_warranty'
  | 'contradicts_delivery_range'
  | 'unsupported_amount'
  | 'currency_mismatch'
  | 'unsupported_percent'
  | 'unsupported_free'
  | 'unsupported_fee'
  | 'contradicts_price_match'
  | 'contradicts_final_sale'
  | 'contradicts_exchange'
  | 'exact_delivery_date'
  | 'delivery_guarantee'
  | 'unsupported_date'
  | 'unsupported_stock'
  | 'unsupported_order_number'
  | 'unsupported_order_status'
  | 'unsupported_tracking_number'
  | 'unsupported_carrier'
  | 'unsupported_authorization'
  | 'unsupported_code';

/** Character range of a claim in the draft (`end` exclusive). */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Claim {
  kind: ClaimKind;
  span: Span;
  /** True when the facts support the claim. */
  supported: boolean;
  /** What the claim was read as, e.g. "30 days (return window)". */
  reading: string;
}

export interface VerifierViolation {
  code: ViolationCode;
  message: string;
  span: Span;
}

export interface VerifyResult {
  ok: boolean;
  claims: Claim[];
  violations: VerifierViolation[];
}

export interface VerifyOptions {
  /** BCP 47 locale of the reply, e.g. `en-US`, `de-DE` (decides the decimal separator). */
  locale: string;
  /** ISO 4217 currency the store quotes in; an amount in another currency is a violation. */
  currency: string;
}

/** One check's verdict on one claim: a violation when not supported. */
export interface CheckedClaim {
  claim: Claim;
  violation?: VerifierViolation;
}
