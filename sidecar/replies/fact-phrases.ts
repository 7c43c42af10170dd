import { joinClauses, render } from './render.js';
import type { Locale } from './templates.js';

/** A label's unit in brackets at its end: "Battery Life (hours)", "Weight (kg)", "Écran (pouces)". */
const BRACKETED_UNIT = /^(.*?)\s*[([]\s*([^()[\]]{1,16}?)\s*[)\]]\s*$/u;

/**
 * An attribute's label as words and its unit apart: "Battery Life (hours)" → { label: "Battery Life",
 * unit: "hours" }. A bare attribute code (when the store view's labels could not be read) becomes words:
 * "battery_life" → "battery life".
 */
export function attributeWords(labelOrCode: string): { label: string; unit?: string } {
  const words = /^[a-z0-9]+(?:_[a-z0-9]+)+$/.test(labelOrCode)
    ? labelOrCode.replace(/_/g, ' ')
    : labelOrCode.trim();
  const m = BRACKETED_UNIT.exec(words);
  if (!m || m[1] === '') return { label: words };
  return { label: m[1]!, unit: m[2]! };
}

/**
 * One product fact as a person writes it: "Battery life: 6 hours" (not "Battery Life (hours): 6"),
 * "Weight: 1.2 kg". The values are Magento's, untouched but for a number's decimal point, written as the
 * shopper's language writes it (« Poids : 12,29 kg »); the unit moves after them, in the
 * singular for a value of 1 ("1 hour"), and an English label in title case reads as words of a
 * sentence ("Battery Life" → "Battery life"; "USB Ports" keeps its acronym).
 */
export function factPhrase(labelOrCode: string, values: readonly string[], locale: Locale): string {
  const words = attributeWords(labelOrCode);
  const { unit } = words;
  const label = locale === 'en' ? sentenceCase(words.label) : words.label;
  const value = joinClauses(
    values.map((v) => decimalIn(v, locale)),
    locale,
  );
  if (!unit || values.length !== 1 || !/^\s*[\d.,]+\s*$/.test(values[0]!))
    return render('fact_value', locale, { label, value });
  const singular = /^1(?:[.,]0+)?$/.test(values[0]!.trim()) && /^[a-zà-ÿ]{3,}s$/i.test(unit);
  return render('fact_value_unit', locale, { label, value, unit: singular ? unit.slice(0, -1) : unit });
}

/** A value that is one decimal number, with its unit or not ("12.29", "12.29 kg"), with the decimal comma in French. */
function decimalIn(value: string, locale: Locale): string {
  return locale === 'fr' && /^\s*\d+\.\d+(?:\s*\p{L}+)?\s*$/u.test(value) ? value.replace('.', ',') : value;
}

/** "Battery Life" → "Battery life": capitalised words after the first lose their capital; acronyms stay. */
function sentenceCase(label: string): string {
  return label.replace(
    /(?<=\s)([A-Z])([a-z]+)\b/g,
    (_, first: string, rest: string) => first.toLowerCase() + rest,
  );
}
