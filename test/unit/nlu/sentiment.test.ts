import { describe, expect, it } from 'vitest';
import { extractSentiment } from '../../../sidecar/nlu/entities/sentiment.js';

describe('extractSentiment', () => {
  it.each([
    'this is the worst service ever',
    "I'm very disappointed with the quality",
    'nobody answers, unacceptable',
    'that was not helpful',
    'fed up with waiting',
    'je suis très déçu de la qualité',
    "c'est inadmissible, personne ne répond",
    'j’en ai marre d’attendre',
  ])('reads %j as negative, not angry', (text) => {
    expect(extractSentiment(text)).toMatchObject({ polarity: 'negative', angry: false });
  });

  it.each([
    "I'm furious, you keep ignoring me",
    'this is ridiculous',
    'WHERE IS MY ORDER YOU PEOPLE',
    'terrible!!! just terrible',
    'this is a scam',
    "c'est une arnaque",
    'vous êtes des incompétents',
  ])('reads %j as angry', (text) => {
    expect(extractSentiment(text)).toMatchObject({ polarity: 'negative', angry: true });
  });

  it.each(['thanks, that was helpful', 'great, I love it', 'perfect', 'merci, c’est parfait'])(
    'reads %j as positive',
    (text) => {
      expect(extractSentiment(text)).toMatchObject({ polarity: 'positive', angry: false });
    },
  );

  it.each(['where is my order 000000123', 'do you have red shoes', 'I need a USB HDMI cable for my LED TV'])(
    'reads %j as neutral',
    (text) => {
      expect(extractSentiment(text)).toEqual({ polarity: 'neutral', angry: false, markers: [] });
    },
  );

  it('names the markers it used', () => {
    expect(extractSentiment('this is ridiculous and useless').markers).toEqual(['ridiculous', 'useless']);
  });
});
