import { describe, expect, it } from 'vitest';
import { analyse } from '../../../sidecar/nlu/understand.js';
import type { Intent } from '../../../sidecar/nlu/types.js';
import { buildFixtureModel } from './support.js';

const model = buildFixtureModel();
const intentOf = (text: string): Intent => analyse(model, text).intent;

describe('every way of asking for a person is human_agent', () => {
  it.each([
    'can a real human look at this',
    'is there anyone there who can actually help',
    'anybody real here?',
    'I want to speak to your manager',
    'stop the bot',
    'i dont want a bot',
    "i'd like to speak with an actual employee about order 000000004",
    'can i talk to customer service please',
    'passe-moi quelqu’un',
    'passe moi qqn de chez vous',
    'y’a un conseiller?',
    'ya quelqu’un ??',
    'arrête le robot, je veux une personne',
    'je veux pas parler à un robot',
    'j’veux parler a qqn de vrai',
    'je veux un vrai humain stp',
    'mettez-moi en relation avec un conseiller pour ma commande 000000004',
  ])('%j', (text) => {
    expect(intentOf(text)).toBe<Intent>('human_agent');
  });
});

describe('complaints said in sarcasm, threats or anger are complaints', () => {
  it.each([
    'great service, 3 weeks and nothing',
    'wow amazing customer service, still waiting after a month',
    'thanks for nothing',
    'I’ll post a review everywhere about this',
    "i'm going to leave a 1 star review",
    'im going to call my bank and dispute the charge',
    'i will report you to the bbb',
    'you guys are a joke',
    'c’est inadmissible',
    'vous vous foutez de moi',
    'vous vous moquez du monde, 3 semaines que j’attends',
    'bravo le service, toujours rien reçu',
    'super le suivi, trois semaines et toujours rien',
    'merci pour rien',
    'je vais laisser un avis sur trustpilot',
    'je vais vous signaler à la dgccrf',
    'franchement c’est lamentable',
    'service client nul, personne ne répond',
  ])('%j', (text) => {
    expect(intentOf(text)).toBe<Intent>('complaint');
  });
});

describe('praise and neutral mentions are no complaint', () => {
  it.each([
    'great service, thanks again!',
    'super service comme toujours, merci',
    "i'll leave a 5 star review, thanks!",
    'how do i leave a review for the tent',
    'is there anything for blisters',
  ])('%j', (text) => {
    expect(['complaint', 'human_agent']).not.toContain(intentOf(text));
  });
});

describe("asking how to reach the store's people is the way to a person", () => {
  it.each([
    'whats your phone number?',
    'how can i contact you',
    'do you have a phone number i can call',
    'how do i get in touch with you',
    "what's your support email",
    'c’est quoi votre numéro de téléphone',
    'je peux vous appeler ?',
  ])('%j', (text) => {
    expect(intentOf(text)).toBe('human_agent');
  });

  it.each(['my phone number changed', 'i need a phone charger', 'update the phone number on my account'])(
    '%j is not',
    (text) => {
      expect(intentOf(text)).not.toBe('human_agent');
    },
  );
});
