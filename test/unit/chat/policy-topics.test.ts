import { describe, expect, it } from 'vitest';
import { namesUnknownTarget, policyTopics } from '../../../sidecar/flows/skills/answer-policy-question.js';

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
    ["Combien coûte le retour d'un ordinateur portable ?", ['fees', 'returns']],
    ['Combien coute le retour ?', ['fees', 'returns']],
    ['Le casque est garanti combien de temps ?', ['warranty']],
    ["Vous vous alignez sur les prix d'Amazon ?", ['price_match']],
    ['do you match amazon prices on laptops', ['price_match']],
    ['Would you honour a lower price from another store?', ['price_match']],
    ["Quels sont vos délais d'expédition ?", ['shipping']],
    ["Un ordinateur portable, c'est livré en combien de temps ?", ['shipping']],
    ['Could I trade it for a different length?', ['exchange']],
    ['Il y a des frais si je rends un article ?', ['fees', 'returns']],
    ['Who pays for return postage?', ['shipping', 'fees', 'returns']],
    ['If it dies after a year, am I still covered?', ['warranty']],
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

describe('namesUnknownTarget', () => {
  it.each([
    ['Quelle est la politique de retour pour les ordinateurs portables ?', true],
    ['What is the return policy for widgets?', true],
    ['Do you price match on garden furniture?', true],
    ['What is your return policy?', false],
    ['What is the return window for my order?', false],
    ['Is shipping free for orders over 50?', false],
    ['Quelle est la politique de retour ?', false],
    ['Can I return it?', false],
    ['Combien de temps dure la garantie des ordinateurs portables ?', true],
    ['Quels sont les délais de livraison ?', false],
    ['Y a-t-il des frais de retour ?', false],
    ['Y a-t-il des frais de retour pour les ordinateurs portables ?', true],
    ['Combien de temps ai-je pour renvoyer un achat ?', false],
    ['Is there a fee for sending things back?', false],
  ])('%j → %s', (text, expected) => {
    expect(namesUnknownTarget(text)).toBe(expected);
  });
});
