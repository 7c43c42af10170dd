import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  installOverrides,
  loadOverridesDirectory,
  parseOverrides,
  setStoreOverrides,
} from '../../../sidecar/replies/overrides.js';
import { formatMoney, render } from '../../../sidecar/replies/render.js';
import { withReplyContext } from '../../../sidecar/replies/reply-context.js';
import { TEMPLATES } from '../../../sidecar/replies/templates.js';
import { VARIANTS } from '../../../sidecar/replies/variants.js';
import { emptyTurnFacts } from '../../../sidecar/verifier/turn-facts.js';
import { verify } from '../../../sidecar/verifier/verify.js';

afterEach(() => installOverrides(new Map()));

describe('variants: a repeat does not read as a loop', () => {
  it('says the template first, then its variants in order, per conversation', async () => {
    const said = (conversationId: string) =>
      withReplyContext({ conversationId }, async () => {
        const turns: string[] = [];
        for (let i = 0; i < 4; i++) {
          await Promise.resolve();
          turns.push(render('not_understood', 'en'));
        }
        return turns;
      });
    const first = await said('conv-a');
    const variants = VARIANTS.not_understood!.en;
    expect(first).toEqual([
      TEMPLATES.not_understood.en,
      variants[0],
      variants[1],
      TEMPLATES.not_understood.en,
    ]);
    // Another conversation starts again from the template; the same one carries on.
    expect((await said('conv-b'))[0]).toBe(TEMPLATES.not_understood.en);
    expect((await said('conv-a'))[0]).toBe(variants[0]);
  });

  it('keeps the count where the caller keeps it, and says the template as written outside a turn', () => {
    const uses: Record<string, number> = { thanks: 1 };
    expect(withReplyContext({ uses }, () => render('thanks', 'fr'))).toBe(VARIANTS.thanks!.fr[0]);
    expect(uses).toEqual({ thanks: 2 });
    expect(render('thanks', 'en')).toBe(TEMPLATES.thanks.en);
    expect(render('thanks', 'en')).toBe(TEMPLATES.thanks.en);
  });

  it('leaves templates without variants alone', () => {
    const text = withReplyContext({ conversationId: 'conv-c' }, () => [
      render('order_list_empty', 'en'),
      render('order_list_empty', 'en'),
    ]);
    expect(text).toEqual([TEMPLATES.order_list_empty.en, TEMPLATES.order_list_empty.en]);
  });
});

describe('merchant overrides per store view', () => {
  it('replace a template in that store view only, with the same slots', () => {
    const { overrides, rejected } = parseOverrides(
      { greeting: 'Welcome to {store}! Ask me about our hand-made furniture.' },
      'test',
    );
    expect(rejected).toEqual([]);
    setStoreOverrides('cedar', overrides);
    expect(
      withReplyContext({ store: 'cedar' }, () => render('greeting', 'en', { store: 'Cedar & Pine' })),
    ).toBe('Welcome to Cedar & Pine! Ask me about our hand-made furniture.');
    expect(withReplyContext({ store: 'other' }, () => render('greeting', 'en', { store: 'Other' }))).toBe(
      TEMPLATES.greeting.en.replace('{store}', 'Other'),
    );
  });

  it('refuse what would let a merchant text bring its own values or markup, and say why', () => {
    const { overrides, rejected, warnings } = parseOverrides(
      {
        no_such_template: 'x',
        order_tracking: 'Shipped with {carrier}, arriving {eta}.',
        thanks: '<b>Thanks</b>',
        goodbye: ['Bye!', 'See you soon!'],
        greeting: 'Hi from the Default Store View of {store}.',
      },
      'cedar.json',
    );
    expect(rejected.map((r) => `${r.key}: ${r.message}`)).toEqual([
      'no_such_template: no template has this key',
      "order_tracking: slot {eta} is not one of this template's ({shipped}, {carrier}, {tracking})",
      'thanks: a text may not contain markup (< or >)',
    ]);
    expect(Object.keys(overrides).sort()).toEqual(['goodbye', 'greeting']);
    expect(warnings.map((w) => w.message)).toEqual(['scope name: "Default Store View"']);
  });

  it('rotate when a merchant gives several, and take a locale-keyed form', () => {
    const { overrides } = parseOverrides({ fr: { goodbye: ['Au revoir !', 'À bientôt !'] } }, 'test');
    setStoreOverrides('fr_store', overrides);
    const said = withReplyContext({ store: 'fr_store', conversationId: 'conv-fr' }, () => [
      render('goodbye', 'fr'),
      render('goodbye', 'fr'),
      render('goodbye', 'en'),
    ]);
    // English is not overridden there: the approved wording, rotating on the same count.
    expect(said).toEqual(['Au revoir !', 'À bientôt !', VARIANTS.goodbye!.en[1]]);
  });

  it('are still verified: a merchant text that states a wrong figure is blocked', () => {
    const { overrides } = parseOverrides(
      { policy_return_window: 'returns are accepted within {days} days, or 90 days for members' },
      'test',
    );
    setStoreOverrides('cedar', overrides);
    const draft = withReplyContext(
      { store: 'cedar' },
      () =>
        `${render('policy_intro', 'en', { applies_to: 'all products' })} ${render('policy_return_window', 'en', { days: 30 })}.`,
    );
    const values = {
      returnWindowDays: 30,
      returnShippingFee: 0,
      restockingFeePercent: 0,
      finalSale: false,
      exchangeAllowed: true,
      warrantyMonths: 12,
      priceMatch: false,
      priceMatchExclusions: [],
      freeShippingThreshold: null,
      deliveryRanges: [],
      currency: 'USD',
    };
    const verdict = verify(
      draft,
      { ...emptyTurnFacts(), policies: [{ ruleId: 'r', version: 'v', values, appliesTo: 'all products' }] },
      { locale: 'en-US', currency: 'USD' },
    );
    expect(draft).toContain('90 days for members');
    expect(verdict.ok).toBe(false);
    expect(formatMoney(1, 'USD', 'en')).toBe('$1.00');
  });

  it('load from the documented files, one per store view code, skipping what cannot be read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'verity-replies-'));
    writeFileSync(join(dir, 'default.json'), JSON.stringify({ thanks: 'Any time! Anything else?' }));
    writeFileSync(join(dir, 'fr.json'), '{ not json');
    writeFileSync(join(dir, 'notes.txt'), 'ignored');
    const loaded = loadOverridesDirectory(dir);
    expect([...loaded.byStore.keys()]).toEqual(['default']);
    expect(loaded.rejected).toHaveLength(1);
    expect(loaded.rejected[0]!.source).toBe(join(dir, 'fr.json'));
    installOverrides(loaded.byStore);
    expect(withReplyContext({ store: 'default' }, () => render('thanks', 'en'))).toBe(
      'Any time! Anything else?',
    );
    expect(loadOverridesDirectory(join(dir, 'missing')).byStore.size).toBe(0);
  });
});
