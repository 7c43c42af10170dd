import { describe, expect, it } from 'vitest';
import { INTERNAL_JARGON } from '../../../sandbox/data/catalog-templates.js';
import { frenchProduct } from '../../../sandbox/data/catalog-templates-fr.js';
import { generateFixture } from '../../../sandbox/data/generate-fixture.js';
import { FR_STORE_ID } from '../../../sandbox/data/generate-stores.js';
import { customAttribute } from '../../../sandbox/data/product-builder.js';
import { storeOptions } from '../../../sandbox/data/store-labels.js';

const fixture = generateFixture({ now: new Date('2026-06-15T00:00:00Z') });
/** Seed products' French names were written by hand ("16 ft" → "5 m"); bundles list them. */
const HAND_WRITTEN = /^(RAPTOR|NOVA|VORTEX|BLADE|TITAN|GIFT|CYC-CARGO|BNDL)/;

/** The `fr` store values of the text attributes, by SKU. */
const french = new Map<string, Record<string, string>>();
for (const v of fixture.store_values) {
  if (v.store_code !== 'fr' || v.attribute_code === 'price') continue;
  french.set(v.sku, { ...french.get(v.sku), [v.attribute_code]: v.value });
}

const numbers = (text: string | undefined) => (text?.match(/\d+/g) ?? []).sort();
const tags = (html: string | undefined) => html?.match(/<\/?[a-z]+/g) ?? [];

describe('French store view of the demo catalog', () => {
  it('names every product in French, and translates every description and short description there is', () => {
    for (const p of fixture.products) {
      const fr = french.get(p.sku);
      expect(fr?.name, p.sku).toBeDefined();
      expect(fr?.name).not.toBe(p.name);
      const description = customAttribute(p, 'description');
      expect(fr?.description === undefined, p.sku).toBe(description === undefined);
      // Leaked internal jargon is not translated: the store view falls back to the default value.
      const short = customAttribute(p, 'short_description');
      const jargon = INTERNAL_JARGON.some((j) => short === `<p>${j}</p>`);
      expect(fr?.short_description === undefined, p.sku).toBe(short === undefined || jargon);
    }
    expect(Object.keys(french.get('OD-CMP-01101') ?? {})).toEqual([
      'name',
      'description',
      'short_description',
    ]);
  });

  it('keeps brand names, model codes and numbers, and the descriptions’ HTML', () => {
    for (const p of fixture.products) {
      const fr = french.get(p.sku);
      const brand = fixture.attributes
        .find((a) => a.attribute_code === 'manufacturer')
        ?.options.find((o) => o.value === customAttribute(p, 'manufacturer'))?.label;
      if (brand) expect(fr?.name, p.sku).toContain(brand);
      const description = customAttribute(p, 'description');
      expect(tags(fr?.description), p.sku).toEqual(tags(description));
      if (HAND_WRITTEN.test(p.sku)) continue;
      expect(numbers(fr?.name), p.sku).toEqual(numbers(p.name));
      expect(numbers(fr?.description), p.sku).toEqual(numbers(description));
    }
  });

  it('builds a name from the English parts: noun first, the qualifier agreeing, range names kept', () => {
    expect(
      frenchProduct({ brand: 'Sonique', adjective: 'Bass', noun: 'Over-Ear Headphones', model: 'X80' }).name,
    ).toBe('Casque circum-auriculaire Sonique Bass X80');
    expect(
      frenchProduct({ brand: 'Trailwise', adjective: 'Ultralight', noun: 'Tent', model: 'K40' }).name,
    ).toBe('Tente ultralégère Trailwise K40');
    expect(frenchProduct({ brand: 'Acme', adjective: 'Family', noun: 'Trekking Poles' }).name).toBe(
      'Bâtons de randonnée familiaux Acme',
    );
    expect(frenchProduct({ brand: 'Cyclon', adjective: 'Urban', noun: 'Cycling Gloves' }).name).toBe(
      'Gants de cyclisme urbains Cyclon',
    );
  });

  it('words the copy in agreement with the noun', () => {
    const intro = (adjective: string, noun: string) =>
      frenchProduct({ brand: 'Acme', adjective, noun, model: 'A10' }).wording.intro;
    expect(intro('Ultralight', 'Tent')).toBe(
      'La <strong>tente ultralégère Acme A10</strong> est conçue pour un usage quotidien.',
    );
    expect(intro('Pro', 'Laptop')).toBe(
      'L’<strong>ordinateur portable Acme Pro A10</strong> est conçu pour un usage quotidien.',
    );
    expect(intro('Training', 'Resistance Bands')).toBe(
      'Les <strong>bandes élastiques d’entraînement Acme A10</strong> sont conçues pour un usage quotidien.',
    );
    const wording = frenchProduct({
      brand: 'Acme',
      adjective: 'Travel',
      noun: 'Earbuds',
      model: 'A10',
    }).wording;
    expect(wording.bullet('a carrying case')).toBe('Livrés avec un étui de transport');
    expect(wording.short(undefined)).toBe('Écouteurs de voyage Acme A10 avec tout le nécessaire.');
  });

  it('names the term its French tables lack instead of guessing', () => {
    expect(() => frenchProduct({ brand: 'Acme', adjective: 'Pro', noun: 'Hovercraft' })).toThrow(
      'no French noun for "Hovercraft"',
    );
  });

  it('labels select options per store view: French in fr, the admin label elsewhere and where French keeps it', () => {
    const selects = fixture.attributes.filter((a) => a.options.length > 0);
    for (const a of selects) {
      for (const o of a.options)
        for (const l of o.store_labels ?? []) {
          expect(l.store_id).toBe(FR_STORE_ID);
          expect(l.label).not.toBe(o.label);
        }
      // Two options never read the same in French: a label still names one option.
      const labels = storeOptions(a, FR_STORE_ID).map((o) => o.label);
      expect(new Set(labels).size).toBe(labels.length);
    }
    const labelsOf = (code: string, storeId: number) => {
      const attribute = selects.find((a) => a.attribute_code === code);
      return attribute ? storeOptions(attribute, storeId).map((o) => o.label) : [];
    };
    expect(labelsOf('color', FR_STORE_ID)).toEqual(expect.arrayContaining(['Noir', 'Rouge', 'Gris']));
    expect(labelsOf('warranty', FR_STORE_ID)).toContain('2 ans');
    expect(labelsOf('age_range', FR_STORE_ID)).toContain('13 ans et +');
    expect(labelsOf('size', FR_STORE_ID)).toEqual(labelsOf('size', 1));
    expect(labelsOf('color', 1)).toEqual(
      selects.find((a) => a.attribute_code === 'color')?.options.map((o) => o.label),
    );
  });
});
