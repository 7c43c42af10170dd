import { describe, expect, it } from 'vitest';
import { lintReply } from '../../../sidecar/replies/reply-lint.js';

const codes = (text: string, locale: 'en' | 'fr' = 'en') => lintReply(text, locale).map((f) => f.code);

describe('lintReply: what a support agent would never write', () => {
  it('finds the rule engine’s leaks reported on the demo store', () => {
    expect(codes("Hi! I'm the Default Store View assistant.")).toEqual(['scope_name']);
    expect(codes('Delivery takes 3–5 (flatrate) business days.')).toEqual(['shipping_code']);
    expect(codes('Raptor X15: Battery Life (hours): 6.')).toEqual(['bracketed_unit']);
    expect(codes('It has a battery_life of 6.')).toEqual(['attribute_code']);
    expect(codes('Placed on 2026-12-03.')).toEqual(['iso_date']);
    expect(codes('Order {number} is on its way.')).toEqual(['unfilled_slot']);
    expect(codes('La commande 3000000002, passée le 3 décembre 2026, est complete.', 'fr')).toEqual([
      'english_in_french',
    ]);
  });

  it('leaves prose, links and email addresses alone', () => {
    expect(codes('You can follow the parcel here: https://www.ups.com/track?tracknum=1Z999AA1_0123')).toEqual(
      [],
    );
    expect(codes('Write to support_team@example.com any time.')).toEqual([]);
    expect(codes('Order 000000086, placed on December 3, 2026, has shipped. Total: $120.00.')).toEqual([]);
    expect(codes('La commande 000000086 a été expédiée.', 'fr')).toEqual([]);
  });

  it('flags the store’s own scope labels when told them, but not the store’s name', () => {
    const scopeNames = ['France (Français)', 'Europe Website', 'Default Store View'];
    const text = 'Pour les chaussures, France (Français) : les retours sont acceptés dans les 30 jours.';
    expect(lintReply(text, 'fr', { scopeNames }).map((f) => f.text)).toEqual(['France (Français)']);
    expect(lintReply('For Shoes, Default Store View: …', 'en', { scopeNames })).toHaveLength(1);
    expect(lintReply('Bonjour et bienvenue chez Cedar & Pine !', 'fr', { scopeNames })).toEqual([]);
  });
});
