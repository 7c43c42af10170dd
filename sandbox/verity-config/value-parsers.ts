/**
 * Parsers for `verity/*` config values, with the same accept/reject rules as the Magento module's
 * `Model/Validation/ValueParser.php`, so both turn the same rows into the same JSON (or the same error).
 * Each returns `null` for a value it rejects.
 */

export function parseInt(value: string, min: number, max = Number.MAX_SAFE_INTEGER): number | null {
  const v = value.trim();
  if (!/^(0|[1-9][0-9]{0,17})$/.test(v)) return null;
  const n = Number(v);
  return n >= min && n <= max ? n : null;
}

/** A non-negative decimal amount with at most 4 decimals ("7.95", "120.50", "0"). */
export function parseAmount(value: string, max = Number.MAX_VALUE): number | null {
  const v = value.trim();
  if (!/^(0|[1-9][0-9]{0,11})(\.[0-9]{1,4})?$/.test(v)) return null;
  const n = Number(v);
  return n <= max ? n : null;
}

/** Magento's Yes/No source stores "1" and "0". */
export function parseBool(value: string): boolean | null {
  const v = value.trim();
  return v === '1' ? true : v === '0' ? false : null;
}

/** Comma-separated positive ids; empty = none. */
export function parseIdList(value: string): number[] | null {
  if (value.trim() === '') return [];
  const ids: number[] = [];
  for (const part of value.split(',')) {
    const id = parseInt(part, 1);
    if (id === null) return null;
    ids.push(id);
  }
  return ids;
}

export function parseTextList(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export function parseHexColor(value: string): string | null {
  const v = value.trim();
  return /^#[0-9a-fA-F]{6}$/.test(v) ? v : null;
}

/** `"flatrate:3-5, express:1-2"` → ranges; empty = none; min must not exceed max. */
export function parseDeliveryRanges(
  value: string,
): Array<{ method: string; min_days: number; max_days: number }> | null {
  if (value === '') return [];
  const ranges: Array<{ method: string; min_days: number; max_days: number }> = [];
  for (const part of value.split(',')) {
    const m = /^\s*([a-z][a-z0-9_]*)\s*:\s*([0-9]{1,3})\s*-\s*([0-9]{1,3})\s*$/.exec(part);
    if (!m) return null;
    const min = Number(m[2]);
    const max = Number(m[3]);
    if (max < min) return null;
    ranges.push({ method: m[1] ?? '', min_days: min, max_days: max });
  }
  return ranges;
}
