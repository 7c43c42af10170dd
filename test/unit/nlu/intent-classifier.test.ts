import { describe, expect, it } from 'vitest';
import { Speller } from '../../../sidecar/nlu/features.js';
import { classifyIntent, trainIntentModel } from '../../../sidecar/nlu/intent-classifier.js';
import { loadUtterances } from './support.js';

const model = trainIntentModel(loadUtterances());

describe('intent classifier', () => {
  it.each([
    ['hello', 'greeting'],
    ['thank you very much', 'thanks'],
    ['bye now', 'goodbye'],
    ['yes please', 'affirm'],
    ['nope', 'deny'],
    ['has my parcel shipped', 'order_status'],
    ['show me my order history', 'order_list'],
    ['I want to return these boots', 'return_request'],
    ['when do I get my refund', 'refund_request'],
    ['please cancel my order', 'cancel_order'],
    ['what is your return policy', 'policy_question'],
    ['I forgot my password', 'account_help'],
    ['can i talk to a human', 'human_agent'],
    ['this service is terrible and I am disappointed', 'complaint'],
    ['delete all my personal data', 'legal_privacy'],
    ['wholesale pricing for 300 units', 'b2b_quote'],
    ['do you sell wireless headphones', 'product_search'],
    ['compare these two laptops', 'comparison'],
    ['what would you recommend for a gift', 'recommendation'],
    ['is it in stock', 'availability'],
    ['any discount codes right now', 'coupon_request'],
    ['what is the capital of france', 'out_of_scope'],
  ])('classifies %j as %s', (text, intent) => {
    expect(classifyIntent(model, text)[0]?.intent).toBe(intent);
  });

  it.each([
    ['bonjour', 'greeting'],
    ['merci beaucoup pour tout', 'thanks'],
    ['où en est mon colis ?', 'order_status'],
    ['je veux renvoyer ces bottes', 'return_request'],
    ['quand vais-je être remboursé ?', 'refund_request'],
    ['annulez ma commande svp', 'cancel_order'],
    ['quelle est votre politique de retour', 'policy_question'],
    ["j'ai oublié mon mot de passe", 'account_help'],
    ['vous avez des casques sans fil ?', 'product_search'],
    ['est-ce que c’est en stock ?', 'availability'],
  ])('classifies the French %j as %s', (text, intent) => {
    expect(classifyIntent(model, text)[0]?.intent).toBe(intent);
  });

  it('reads French with or without accents alike', () => {
    expect(classifyIntent(model, 'ou est ma commande')[0]?.intent).toBe('order_status');
    expect(classifyIntent(model, 'je voudrais etre rembourse')[0]?.intent).toBe('refund_request');
  });

  it('tolerates typos through spelling correction and character n-grams', () => {
    expect(classifyIntent(model, 'i forgott my pasword')[0]?.intent).toBe('account_help');
    expect(classifyIntent(model, 'cancle my ordr')[0]?.intent).toBe('cancel_order');
  });

  it('returns a probability distribution over every intent, best first', () => {
    const ranked = classifyIntent(model, 'where is my package');
    expect(ranked.length).toBeGreaterThanOrEqual(20);
    expect(ranked.reduce((s, r) => s + r.confidence, 0)).toBeCloseTo(1, 6);
    for (let i = 1; i < ranked.length; i++)
      expect(ranked[i - 1]!.confidence).toBeGreaterThanOrEqual(ranked[i]!.confidence);
  });

  it('is more confident on a clear message than on gibberish', () => {
    const clear = classifyIntent(model, 'I forgot my password')[0]?.confidence ?? 0;
    const gibberish = classifyIntent(model, 'qwerty zxcv plmokn')[0]?.confidence ?? 1;
    expect(clear).toBeGreaterThan(0.6);
    expect(gibberish).toBeLessThan(clear);
  });

  it('fits a softmax temperature from the grid', () => {
    expect(model.temperature).toBeGreaterThan(0);
    expect(model.temperature).toBeLessThanOrEqual(0.3);
  });

  it('blends dense vectors when given, and they change the scores', () => {
    const examples = [
      { text: 'hello there', intent: 'greeting' as const },
      { text: 'good morning', intent: 'greeting' as const },
      { text: 'cancel my order', intent: 'cancel_order' as const },
      { text: 'stop my purchase', intent: 'cancel_order' as const },
    ];
    const vec = (x: number, y: number): Float32Array => new Float32Array([x, y]);
    const dense = trainIntentModel(examples, {
      vectors: [vec(1, 0), vec(1, 0), vec(0, 1), vec(0, 1)],
      denseWeight: 0.9,
    });
    // No shared words with either class: only the dense vector can decide.
    expect(classifyIntent(dense, 'qqq', vec(0, 1))[0]?.intent).toBe('cancel_order');
    expect(classifyIntent(dense, 'qqq', vec(1, 0))[0]?.intent).toBe('greeting');
  });

  it('corrects a typo, but not another form of a known word', () => {
    const speller = new Speller(['orders', 'password']);
    expect(speller.correct('pasword')).toBe('password');
    // Two edits from "orders", but the same stem: a form of the word, not a typo.
    expect(speller.correct('ordered')).toBe('ordered');
  });
});
