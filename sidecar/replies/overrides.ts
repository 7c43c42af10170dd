import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { lintReply, type ReplyLintFinding } from './reply-lint.js';
import { LOCALES, TEMPLATES, type Locale, type TemplateKey } from './templates.js';

/**
 * A merchant's own wording of templates for one store view: template key → one text, or several (they
 * rotate like approved variants). A text may use only the slots of the template it replaces (it may
 * leave some out), so every value still comes from Magento, the policy engine or the action engine,
 * and the reply is verified as any other. A locale-keyed form (`{"en": {...}, "fr": {...}}`) is read
 * too, for a store view whose language changes.
 */
export type StoreOverrides = Partial<Record<TemplateKey, Partial<Record<Locale, readonly string[]>>>>;

export interface OverrideProblem {
  /** Where: the file or configuration path, and the template key. */
  source: string;
  key: string;
  message: string;
}

export interface ParsedOverrides {
  overrides: StoreOverrides;
  /** Entries refused: the template keeps its approved wording. */
  rejected: OverrideProblem[];
  /** Entries accepted with a remark (a scope name, a bracketed unit…): worth a look. */
  warnings: OverrideProblem[];
}

const MAX_TEXT = 1000;
const MAX_TEXTS_PER_KEY = 5;
const slotsOf = (text: string) => new Set([...text.matchAll(/\{([a-z_]+)\}/g)].map((m) => m[1]!));

function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/**
 * Reads one store view's overrides from parsed JSON. Never throws: what cannot be used is reported and
 * left out, and the template keeps its approved text.
 */
export function parseOverrides(json: unknown, source: string): ParsedOverrides {
  const result: ParsedOverrides = { overrides: {}, rejected: [], warnings: [] };
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    result.rejected.push({ source, key: '*', message: 'expected an object of template key → text' });
    return result;
  }
  const entries = Object.entries(json as Record<string, unknown>);
  const byLocale = entries.length > 0 && entries.every(([k]) => isLocale(k));
  const sections: Array<[Locale | undefined, Record<string, unknown>]> = byLocale
    ? entries.map(([k, v]) => [k as Locale, (v ?? {}) as Record<string, unknown>])
    : [[undefined, json as Record<string, unknown>]];
  for (const [locale, table] of sections) {
    if (typeof table !== 'object' || Array.isArray(table)) {
      result.rejected.push({
        source,
        key: locale ?? '*',
        message: 'expected an object of template key → text',
      });
      continue;
    }
    for (const [key, value] of Object.entries(table)) {
      const accepted = acceptEntry(key, value, source, locale ?? 'en', result);
      if (!accepted) continue;
      const templateKey = key as TemplateKey;
      const current = result.overrides[templateKey] ?? {};
      for (const l of locale ? [locale] : LOCALES) current[l] = accepted;
      result.overrides[templateKey] = current;
    }
  }
  return result;
}

function acceptEntry(
  key: string,
  value: unknown,
  source: string,
  lintLocale: Locale,
  result: ParsedOverrides,
): readonly string[] | undefined {
  const reject = (message: string) => {
    result.rejected.push({ source, key, message });
    return undefined;
  };
  if (!Object.hasOwn(TEMPLATES, key)) return reject('no template has this key');
  const texts = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(texts) || texts.length === 0 || texts.some((t) => typeof t !== 'string'))
    return reject('expected a text or a list of texts');
  if (texts.length > MAX_TEXTS_PER_KEY) return reject(`at most ${MAX_TEXTS_PER_KEY} texts per template`);
  const allowed = slotsOf(TEMPLATES[key as TemplateKey].en);
  for (const text of texts as string[]) {
    if (text.trim() === '') return reject('a text is empty');
    if (text.length > MAX_TEXT) return reject(`a text is longer than ${MAX_TEXT} characters`);
    if (/[<>]/.test(text)) return reject('a text may not contain markup (< or >)');
    const unknown = [...slotsOf(text)].filter((s) => !allowed.has(s));
    if (unknown.length > 0)
      return reject(
        `slot {${unknown.join('}, {')}} is not one of this template's (${[...allowed].map((s) => `{${s}}`).join(', ') || 'none'})`,
      );
    const findings: ReplyLintFinding[] = lintReply(text.replace(/\{[a-z_]+\}/g, 'x'), lintLocale);
    for (const f of findings)
      result.warnings.push({ source, key, message: `${f.code.replace(/_/g, ' ')}: "${f.text}"` });
  }
  return texts as string[];
}

/** Store view code → its overrides; replaced as a whole by `installOverrides`. */
let installed = new Map<string, StoreOverrides>();

/** Makes these the overrides `render` applies (store view code → overrides). */
export function installOverrides(byStore: ReadonlyMap<string, StoreOverrides>): void {
  installed = new Map(byStore);
}

/** Sets (or with `undefined`, clears) one store view's overrides, e.g. when its configuration changes. */
export function setStoreOverrides(store: string, overrides: StoreOverrides | undefined): void {
  const next = new Map(installed);
  if (overrides && Object.keys(overrides).length > 0) next.set(store, overrides);
  else next.delete(store);
  installed = next;
}

/** The merchant's texts for a template in a store view and locale, if any. */
export function overrideFor(store: string, key: TemplateKey, locale: Locale): readonly string[] | undefined {
  return installed.get(store)?.[key]?.[locale];
}

/**
 * Reads every `<store_code>.json` in `dir` (the documented file: `$DATA_DIR/replies/<store_code>.json`).
 * A missing directory is no overrides; a file that is not JSON is reported and skipped.
 */
export function loadOverridesDirectory(dir: string): {
  byStore: Map<string, StoreOverrides>;
  rejected: OverrideProblem[];
  warnings: OverrideProblem[];
} {
  const byStore = new Map<string, StoreOverrides>();
  const rejected: OverrideProblem[] = [];
  const warnings: OverrideProblem[] = [];
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  } catch {
    return { byStore, rejected, warnings };
  }
  for (const file of files.sort()) {
    const source = join(dir, file);
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(source, 'utf8'));
    } catch (error) {
      rejected.push({ source, key: '*', message: `not valid JSON: ${(error as Error).message}` });
      continue;
    }
    const parsed = parseOverrides(json, source);
    rejected.push(...parsed.rejected);
    warnings.push(...parsed.warnings);
    if (Object.keys(parsed.overrides).length > 0) byStore.set(basename(file, '.json'), parsed.overrides);
  }
  return { byStore, rejected, warnings };
}
