import { describe, expect, it } from 'vitest';
import { lintReply } from '../../../sidecar/replies/reply-lint.js';
import { FLOW_TEMPLATES } from '../../../sidecar/replies/flow-templates.js';
import { SHOPPER_TEMPLATES } from '../../../sidecar/replies/shopper-templates.js';
import { LOCALES, TEMPLATES, type TemplateKey } from '../../../sidecar/replies/templates.js';
import { VARIANTS } from '../../../sidecar/replies/variants.js';

const slotsOf = (text: string) => [...new Set([...text.matchAll(/\{([a-z_]+)\}/g)].map((m) => m[1]!))].sort();
/** Every slot filled with a neutral word, as a handler would with a value. */
const filled = (text: string) => text.replace(/\{[a-z_]+\}/g, 'Aster');

describe('the template table as a shopper reads it', () => {
  it('takes each key from one table only: no table silently replaces another’s template', () => {
    const table = TEMPLATES as Record<string, unknown>;
    for (const [key, value] of Object.entries(FLOW_TEMPLATES)) expect(table[key], key).toBe(value);
    for (const [key, value] of Object.entries(SHOPPER_TEMPLATES)) {
      expect(Object.hasOwn(FLOW_TEMPLATES, key), key).toBe(false);
      expect(table[key], key).toBe(value);
    }
  });

  it('variants have every locale and exactly the slots of their template', () => {
    for (const [key, byLocale] of Object.entries(VARIANTS)) {
      const reference = slotsOf(TEMPLATES[key as TemplateKey].en);
      for (const locale of LOCALES) {
        const texts = byLocale[locale];
        expect(texts.length, `${key}.${locale}`).toBeGreaterThan(0);
        for (const text of texts) expect(slotsOf(text), `${key}.${locale}: ${text}`).toEqual(reference);
        expect(new Set(texts).size, `${key}.${locale} repeats itself`).toBe(texts.length);
        expect(texts, `${key}.${locale} repeats the template`).not.toContain(
          TEMPLATES[key as TemplateKey][locale],
        );
      }
      expect(byLocale.en.length, key).toBe(byLocale.fr.length);
    }
  });

  it('no template or variant names a scope, a shipping code, a bracketed unit, a code or an ISO date', () => {
    const findings: string[] = [];
    for (const [key, byLocale] of Object.entries(TEMPLATES))
      for (const locale of LOCALES) {
        const texts = [byLocale[locale], ...(VARIANTS[key as TemplateKey]?.[locale] ?? [])];
        for (const text of texts)
          for (const f of lintReply(filled(text), locale))
            findings.push(`${key}.${locale}: ${f.code} "${f.text}"`);
      }
    expect(findings).toEqual([]);
  });

  it('says the store, not a store view, in the greeting', () => {
    for (const locale of LOCALES) expect(TEMPLATES.greeting[locale]).toContain('{store}');
    expect(TEMPLATES.greeting.en).not.toMatch(/assistant/);
  });

  it('does not announce a handoff twice: the texts a handoff follows do not say it themselves', () => {
    for (const key of ['unverified_handoff', 'policy_none', 'complaint_ack', 'legal_ack', 'b2b_ack'] as const)
      for (const locale of LOCALES)
        for (const text of [TEMPLATES[key][locale], ...(VARIANTS[key]?.[locale] ?? [])])
          expect(text, `${key}.${locale}`).not.toMatch(
            /connect|mets en relation|handing|hand(?:ed)? (?:this|you|it)|transf|transmet|passed (?:this|you)/i,
          );
  });
});
