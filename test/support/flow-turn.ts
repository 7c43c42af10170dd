import type { DialogueState } from '../../sidecar/flows/dialogue-state.js';
import type { Turn } from '../../sidecar/flows/turn.js';
import type { Intent, Understanding } from '../../sidecar/nlu/types.js';

/** What a flow test may set of a turn; everything else is a plain, confident English reading. */
export interface TestTurnOptions {
  intent?: Intent;
  flags?: Partial<Understanding['flags']>;
  entities?: Partial<Understanding['entities']>;
  locale?: 'en' | 'fr';
  /** The NLU's search query (`Understanding.searchQuery`); none by default. */
  searchQuery?: string;
}

/** A turn of the demo store's default view, read as `options` says, for unit tests of flows and skills. */
export function testTurn(text: string, state: DialogueState, options: TestTurnOptions = {}): Turn {
  const intent = options.intent ?? 'order_status';
  return {
    text,
    understanding: {
      text,
      intent,
      confidence: 1,
      alternatives: [],
      secondaryIntents: [],
      requests: [{ intent, confidence: 1, text, start: 0, end: text.length }],
      entities: {
        orderNumbers: [],
        products: [],
        attributes: [],
        dates: [],
        emails: [],
        postcodes: [],
        references: [],
        itemMentions: [],
        orderReferences: [],
        sentiment: { polarity: 'neutral', angry: false, markers: [] },
        ...options.entities,
      },
      flags: {
        injection: [],
        followUp: false,
        lowConfidence: false,
        multiIntent: false,
        correction: false,
        hesitation: false,
        changeOfMind: false,
        source: 'rule',
        ...options.flags,
      },
      language: { code: 'en', supported: true, served: true, confidence: 1 },
      ...(options.searchQuery === undefined ? {} : { searchQuery: options.searchQuery }),
    },
    state,
    store: {
      code: 'default',
      websiteCode: 'base',
      name: 'Demo',
      locale: options.locale ?? 'en',
      currency: 'USD',
      timeZone: 'UTC',
      baseUrl: 'http://shop.test/',
      channel: 'web',
    },
    identity: null,
    ip: '127.0.0.1',
    now: new Date('2026-12-01T12:00:00Z'),
    attachments: [],
  };
}
