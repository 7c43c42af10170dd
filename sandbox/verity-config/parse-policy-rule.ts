import type { PolicyRule } from '../../common/magento/verity-config.js';
import { parseAmount, parseBool, parseDeliveryRanges, parseInt, parseTextList } from './value-parsers.js';

const CHANNELS = ['web', 'marketplace', 'retail'] as const;

export type RuleValues = Omit<PolicyRule, 'rule_id' | 'scope' | 'scope_code'>;

/**
 * One row of the `verity/policy/rules` dynamic-rows field (strings as the admin form posts them)
 * → typed values, or the violations the module's `PolicyRuleParser` reports, with its messages.
 */
export function parsePolicyRule(
  row: Record<string, unknown>,
): { ok: true; values: RuleValues } | { ok: false; violations: Array<{ code: string; message: string }> } {
  const violations: Array<{ code: string; message: string }> = [];
  const field = (name: string): string => {
    const v = row[name];
    return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v).trim() : '';
  };
  const fail = (name: string, message: string) => violations.push({ code: `invalid_${name}`, message });

  let categoryId: number | null = null;
  if (field('category_id') !== '') {
    categoryId = parseInt(field('category_id'), 1);
    if (categoryId === null)
      fail('category_id', 'Category must be a category id (a positive whole number) or empty for all.');
  }
  const channel = field('channel') === '' ? null : field('channel');
  if (channel !== null && !(CHANNELS as readonly string[]).includes(channel)) {
    fail('channel', `Channel must be one of ${CHANNELS.join(', ')}, or empty for all.`);
  }
  const returnWindow = parseInt(field('return_window_days'), 0, 3650);
  if (returnWindow === null)
    fail('return_window_days', 'Return window must be a whole number of days between 0 and 3650.');
  const returnFee = parseAmount(field('return_shipping_fee'));
  if (returnFee === null)
    fail('return_shipping_fee', 'Return shipping fee must be an amount of 0 or more (e.g. 4.95).');
  const restocking = parseAmount(field('restocking_fee_percent'), 100);
  if (restocking === null)
    fail('restocking_fee_percent', 'Restocking fee must be a percentage between 0 and 100.');
  const bools: Record<string, boolean | null> = {};
  for (const name of ['final_sale', 'exchange_allowed', 'price_match']) {
    bools[name] = parseBool(field(name));
    if (bools[name] === null) {
      const label = name.replace(/_/g, ' ');
      fail(name, `${label.charAt(0).toUpperCase()}${label.slice(1)} must be Yes (1) or No (0).`);
    }
  }
  const warranty = parseInt(field('warranty_months'), 0, 1200);
  if (warranty === null)
    fail('warranty_months', 'Warranty must be a whole number of months between 0 and 1200.');
  let threshold: number | null = null;
  if (field('free_shipping_threshold') !== '') {
    threshold = parseAmount(field('free_shipping_threshold'));
    if (threshold === null) {
      fail(
        'free_shipping_threshold',
        'Free-shipping threshold must be an amount of 0 or more, or empty for none.',
      );
    }
  }
  const ranges = parseDeliveryRanges(field('delivery_ranges'));
  if (ranges === null) {
    fail(
      'delivery_ranges',
      'Delivery ranges must look like "flatrate:3-5, express:1-2" (method code, colon, min-max days, min ≤ max).',
    );
  }
  if (
    violations.length > 0 ||
    returnWindow === null ||
    returnFee === null ||
    restocking === null ||
    warranty === null ||
    ranges === null
  ) {
    return { ok: false, violations };
  }
  return {
    ok: true,
    values: {
      category_id: categoryId,
      channel: channel as RuleValues['channel'],
      return_window_days: returnWindow,
      return_shipping_fee: returnFee,
      restocking_fee_percent: restocking,
      final_sale: bools.final_sale === true,
      exchange_allowed: bools.exchange_allowed === true,
      warranty_months: warranty,
      price_match: bools.price_match === true,
      price_match_exclusions: parseTextList(field('price_match_exclusions')),
      free_shipping_threshold: threshold,
      delivery_ranges: ranges,
    },
  };
}
