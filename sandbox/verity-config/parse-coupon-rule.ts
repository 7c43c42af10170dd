import { COUPON_REASONS, type CouponRuleConfig } from '../../common/magento/verity-config.js';
import { parseInt } from './value-parsers.js';

export type CouponRuleValues = Omit<CouponRuleConfig, 'rule_id'>;

/** What an empty "max per customer" cell means: one coupon per customer per period. */
export const DEFAULT_MAX_PER_CUSTOMER = 1;

/**
 * One row of the `verity/coupons/rules` dynamic-rows field (strings as the admin form posts them)
 * → typed values, or the violations the module's `CouponRuleParser` reports, with its messages.
 */
export function parseCouponRule(
  row: Record<string, unknown>,
):
  | { ok: true; values: CouponRuleValues }
  | { ok: false; violations: Array<{ code: string; message: string }> } {
  const violations: Array<{ code: string; message: string }> = [];
  const field = (name: string): string => {
    const v = row[name];
    return typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '';
  };
  const fail = (name: string, message: string) => violations.push({ code: `invalid_${name}`, message });

  const code = field('coupon_code');
  if (!/^[A-Za-z0-9_-]{1,255}$/.test(code))
    fail(
      'coupon_code',
      'Coupon code must be the code of an existing cart price rule (letters, digits, - or _).',
    );
  const reasons = [
    ...new Set(
      field('reasons')
        .split(',')
        .map((r) => r.trim())
        .filter((r) => r !== ''),
    ),
  ];
  const unknown = reasons.filter((r) => !(COUPON_REASONS as readonly string[]).includes(r));
  if (reasons.length === 0 || unknown.length > 0)
    fail('reasons', `Reasons must be one or more of ${COUPON_REASONS.join(', ')}, comma-separated.`);
  const maxCell = field('max_per_customer');
  const max = maxCell === '' ? DEFAULT_MAX_PER_CUSTOMER : parseInt(maxCell, 0, 1000);
  if (max === null)
    fail('max_per_customer', 'Max per customer must be a whole number between 0 and 1000, or empty for 1.');

  if (violations.length > 0 || max === null) return { ok: false, violations };
  return {
    ok: true,
    values: {
      coupon_code: code,
      reasons: reasons as CouponRuleValues['reasons'],
      max_per_customer: max,
    },
  };
}
