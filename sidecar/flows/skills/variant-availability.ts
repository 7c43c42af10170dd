import type { VariantStock } from '../../tools/read-variant-stock.js';

/** An option the customer asked for ("XL", "red"), by the attribute it belongs to. */
export interface WantedOption {
  code: string;
  label: string;
}

/**
 * Whether a configurable product can be had in the options asked for, from its variants' live stock:
 * - `in_stock`: some variant with every option asked for is in stock; `others` are the in-stock values
 *   of the product's other options among them ("XL" → which colours);
 * - `sold_out`: such variants exist but none is in stock; `alternatives` are the in-stock values of the
 *   first option asked for, among variants with the rest of what was asked;
 * - `not_offered`: no variant has them; `offered` are the values the first option asked for comes in.
 * Options the product does not vary by (a size asked of a tent) are ignored; none left gives null.
 */
export type VariantAnswer =
  | { kind: 'in_stock'; wanted: WantedOption[]; others: { code: string; values: string[] }[] }
  | { kind: 'sold_out'; wanted: WantedOption[]; alternatives: string[] }
  | { kind: 'not_offered'; wanted: WantedOption[]; offered: string[] };

const same = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;

export function variantAvailability(
  variants: readonly VariantStock[],
  asked: readonly WantedOption[],
): VariantAnswer | null {
  const codes = new Set(variants.flatMap((v) => Object.keys(v.options)));
  const wanted = asked.filter((w, i) => codes.has(w.code) && asked.findIndex((o) => o.code === w.code) === i);
  if (wanted.length === 0) return null;
  const has = (v: VariantStock, options: readonly WantedOption[]) =>
    options.every((w) => v.options[w.code] !== undefined && same(v.options[w.code]!, w.label));
  const matching = variants.filter((v) => has(v, wanted));
  const [first, ...rest] = wanted as [WantedOption, ...WantedOption[]];
  const valuesOf = (list: readonly VariantStock[], code: string) => [
    ...new Set(list.map((v) => v.options[code]).filter((x): x is string => x !== undefined)),
  ];
  if (matching.length === 0) return { kind: 'not_offered', wanted, offered: valuesOf(variants, first.code) };
  const available = matching.filter((v) => v.inStock);
  if (available.length > 0) {
    const others = [...codes]
      .filter((code) => !wanted.some((w) => w.code === code))
      .map((code) => ({ code, values: valuesOf(available, code) }))
      .filter((o) => o.values.length > 0);
    return { kind: 'in_stock', wanted, others };
  }
  const alternatives = valuesOf(
    variants.filter((v) => v.inStock && has(v, rest)),
    first.code,
  );
  return { kind: 'sold_out', wanted, alternatives };
}
