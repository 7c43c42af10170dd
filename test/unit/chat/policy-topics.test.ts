import { describe, expect, it } from 'vitest';
import { policyTopics } from '../../../sidecar/chat/skills/answer-policy-question.js';

describe('policyTopics', () => {
  it.each([
    ['What warranty comes with it?', ['warranty']],
    ['Do you price match?', ['price_match']],
    ['How long does delivery take, and is shipping free?', ['shipping']],
    ['Are exchanges allowed?', ['exchange']],
    ['Are there any fees if I return it?', ['fees', 'returns']],
    ['Puis-je faire un échange pour le Raptor ?', ['exchange']],
    ['Le retour est-il gratuit ?', ['fees', 'returns']],
    ['Combien de temps dure la garantie ?', ['warranty']],
  ])('%j → %j', (text, topics) => {
    expect(policyTopics(text)).toEqual(topics);
  });

  it('answers the return essentials when no topic is named', () => {
    expect(policyTopics('what about this one?')).toEqual(['returns', 'fees']);
  });

  it('does not read a topic inside another word', () => {
    expect(policyTopics('the shipment of a workshop swapmeet')).toEqual(['shipping']);
  });
});
