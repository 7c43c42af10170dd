import { decode } from 'html-entities';
import type { MagentoProduct } from '../../common/magento/shapes/product.js';

/** Attribute code → option id → label, in one store view's locale. */
export type OptionLabels = ReadonlyMap<string, ReadonlyMap<string, string>>;

export interface ResolvedAttributes {
  /** Attribute code → labels, for the select/multiselect attributes in `labels`. */
  attributes: Record<string, string[]>;
  /** Option ids with no label (a deleted option, a stale value). */
  unknown: { attribute: string; value: string }[];
}

/**
 * Select and multiselect values (`"49"`, `"12,15"`) → their store-view labels, HTML entities decoded
 * (`CoolTech&trade;` → `CoolTech™`: Magento stores labels as typed in the admin). Only attributes listed in
 * `labels` are read: other custom attributes are text or system values, not options.
 */
export function resolveOptionLabels(product: MagentoProduct, labels: OptionLabels): ResolvedAttributes {
  const attributes: Record<string, string[]> = {};
  const unknown: { attribute: string; value: string }[] = [];
  for (const { attribute_code: code, value } of product.custom_attributes ?? []) {
    const options = labels.get(code);
    if (!options || (typeof value !== 'string' && typeof value !== 'number')) continue;
    const resolved: string[] = [];
    for (const id of String(value)
      .split(',')
      .map((v) => v.trim())
      .filter((v) => v !== '')) {
      const raw = options.get(id);
      const label = raw === undefined ? undefined : decode(raw);
      if (label === undefined) unknown.push({ attribute: code, value: id });
      else if (!resolved.includes(label)) resolved.push(label);
    }
    if (resolved.length > 0) attributes[code] = resolved;
  }
  return { attributes, unknown };
}

/** Merges label lists per attribute, keeping first-seen order and no duplicates. */
export function mergeAttributes(
  target: Record<string, string[]>,
  source: Readonly<Record<string, string[]>>,
): void {
  for (const [code, values] of Object.entries(source)) {
    const merged = target[code] ?? [];
    for (const value of values) if (!merged.includes(value)) merged.push(value);
    target[code] = merged;
  }
}

/** The raw text value of a custom attribute, or undefined. */
export function textAttribute(product: MagentoProduct, code: string): string | undefined {
  const value = product.custom_attributes?.find((a) => a.attribute_code === code)?.value;
  return typeof value === 'string' ? value : undefined;
}
