import type { CatalogDocument } from '../../common/catalog/catalog-document.js';
import type { ActionSummary } from '../../common/chat-api/chat-api.js';
import type { ComparisonTable, OrderCard, ProductCard } from '../../common/chat-api/reply-payload.js';
import type { CustomerIdentity } from '../../common/identity/customer-token-claims.js';
import type { Understanding } from '../nlu/types.js';
import type { Locale } from '../replies/templates.js';
import type { TurnCitation, TurnFacts } from '../verifier/turn-facts.js';
import type { DialogueState } from './dialogue-state.js';
import type { HandoffReason } from '../escalation/handoff-tickets.js';

/** The cards a skill fills in are the chat API's wire shapes, which the widget renders. */
export type { ActionSummary, ComparisonTable, OrderCard, ProductCard };

/** The store view a turn runs in, as Magento describes it. */
export interface StoreContext {
  code: string;
  websiteCode: string;
  name: string;
  locale: Locale;
  currency: string;
  /** IANA time zone of the store view (return windows end at local midnight). */
  timeZone: string;
  /** Storefront base URL, for product links. */
  baseUrl: string;
  channel: 'web' | 'marketplace' | 'retail';
}

/** Everything a skill may read about the turn. Skills never see the raw HTTP request. */
export interface Turn {
  text: string;
  understanding: Understanding;
  state: DialogueState;
  store: StoreContext;
  identity: CustomerIdentity | null;
  /** Client address, for rate limits on order verification. */
  ip: string;
  now: Date;
  /** Ids of the uploads this message sent (evidence photos); the conversation's earlier ones are in the record store. */
  attachments: string[];
}

/** What a skill produced: the reply and every fact and citation behind it. */
export interface SkillOutcome {
  reply: string;
  facts: TurnFacts;
  citations: TurnCitation[];
  products: ProductCard[];
  order?: OrderCard;
  orders?: OrderCard[];
  comparison?: ComparisonTable;
  actions: ActionSummary[];
  quickReplies: string[];
  /** Hand the conversation to a person, for this reason. */
  escalate?: HandoffReason;
  /** Changes to the dialogue state. */
  state: Partial<DialogueState>;
  /** True when the skill could not make sense of the request (feeds the repeated-misunderstanding rule). */
  misunderstood?: boolean;
}

export type CatalogHit = CatalogDocument & { score: number };
