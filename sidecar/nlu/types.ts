import { z } from 'zod';
import { LANGUAGES, type Language } from './language.js';

export type { Language };
import type { InjectionKind } from '../safety/detect-injection.js';
import type { PolicyTopic } from '../replies/policy-clauses.js';
import type { Audience } from '../../common/language/audience.js';
import type { ComparisonQuestion } from './entities/comparison-question.js';

export type { Audience, ComparisonQuestion, PolicyTopic };

/**
 * The contract between the NLU and the conversation engine: one `Understanding` per customer turn.
 * Everything here is derived from the text, the injected catalog/attribute vocabularies and the
 * dialogue context; nothing is a fact about the store (prices, stock, orders are read live later).
 */

export const INTENTS = [
  'product_search',
  'product_question',
  'comparison',
  'recommendation',
  'availability',
  'price_promotion',
  'order_status',
  'order_list',
  'return_request',
  'refund_request',
  'cancel_order',
  /** Change the shipping address of an order ("ship it to my new address"); the account's address book is `account_help`. */
  'change_address',
  /** Exchange an item the customer has for another size, colour or model; "do you do exchanges?" is `policy_question`. */
  'exchange',
  /**
   * Have a price matched or adjusted on a purchase ("it's cheaper now, refund me the difference", "I'd
   * like a price match"); "do you price match?" is `policy_question`.
   */
  'price_match',
  /**
   * Asks to be given a discount, coupon code, voucher or goodwill credit ("can I get a promo code?");
   * "is this on sale?" and "my code does not work" are `price_promotion`.
   */
  'coupon_request',
  'policy_question',
  'account_help',
  'human_agent',
  'complaint',
  'legal_privacy',
  'b2b_quote',
  'greeting',
  'thanks',
  'goodbye',
  'guest_verification',
  'affirm',
  'deny',
  'out_of_scope',
] as const;

export const intentSchema = z.enum(INTENTS);
export type Intent = z.infer<typeof intentSchema>;

/**
 * One labeled training utterance (a line of `sidecar/nlu/training/utterances.jsonl`). The NLU is measured
 * on a separate held-out set (`evals/nlu/held-out-fifth.jsonl`, see `held-out.ts`).
 */
export const labeledUtteranceSchema = z.object({
  text: z.string().min(1),
  intent: intentSchema,
  /** The language the customer wrote in. */
  lang: z.enum(LANGUAGES).default('en'),
  /** Entities a correct extractor must find, for the entity part of the eval. */
  entities: z
    .object({
      orderNumbers: z.array(z.string()).optional(),
      skus: z.array(z.string()).optional(),
      budget: z
        .object({
          min: z.number().optional(),
          max: z.number().optional(),
          currency: z.string().optional(),
          approximate: z.boolean().optional(),
          qualitative: z.enum(['cheap', 'mid', 'premium']).optional(),
        })
        .optional(),
      emails: z.array(z.string()).optional(),
      claimReason: z.string().optional(),
      lastName: z.string().optional(),
      quantity: z.number().optional(),
    })
    .optional(),
});
export type LabeledUtterance = z.infer<typeof labeledUtteranceSchema>;

/** One product the store sells, as the catalog matcher knows it. */
export interface CatalogEntry {
  sku: string;
  name: string;
  /** Other names customers use ("AirPods" for "Apple AirPods Pro (2nd gen)"). */
  aliases?: readonly string[];
  /**
   * The product's name at other scopes (the admin name behind a store view's translation): matched
   * exactly like `name`, since customers copy names from e-mails, reviews and other stores.
   */
  otherNames?: readonly string[];
  /**
   * The brand (Magento's `manufacturer` label). Its words identify the product line; without it the
   * first word of the name is taken as the brand, which fails for names that start with the product
   * type ("Batterie externe Voltra …").
   */
  brand?: string;
}
/** The store's products, injected (built from the index or Magento); the NLU never fetches it. */
export type CatalogLexicon = readonly CatalogEntry[];

/** One option of a filterable attribute, as Magento's attribute options list it. */
export interface AttributeOption {
  /** Magento option id or value code. */
  value: string;
  /** Store-facing label, e.g. "Navy Blue". */
  label: string;
  /** Other words customers use for it ("navy", "dark blue"). */
  synonyms?: readonly string[];
}
/** Attribute code (`color`, `size`, `material`…) → its options. Injected: options come from the store. */
export type AttributeVocabulary = Readonly<Record<string, readonly AttributeOption[]>>;

/** A product the engine showed in an earlier turn, in display order. */
export interface ShownProduct {
  sku: string;
  name: string;
  /** Price as displayed, used only to resolve "the cheaper one"; never repeated as a fact. */
  price?: number;
}

/** Slots the engine asked the customer for on the previous turn. */
export type AwaitedSlot = 'order_number' | 'email' | 'verification' | 'confirmation' | 'product';

/** What the engine remembers about the conversation, passed in on every turn. */
export interface NluContext {
  previousIntent?: Intent;
  /** Products shown in the last answer, in display order ("the second one" = index 1). */
  shownProducts?: readonly ShownProduct[];
  /** The product the conversation is about (last one shown alone or picked). */
  focusProduct?: ShownProduct;
  /** Order number the conversation is about, if any. */
  lastOrderNumber?: string;
  /** The slot the engine's last reply asked for; a bare answer fills it. */
  awaiting?: AwaitedSlot;
  /**
   * The store view's language. It orders the day and month of a numeric date ("12/03" is 12 March in a
   * French store, whatever language the message is in); without it the message's own language does.
   */
  storeLanguage?: Language;
  /**
   * Languages the store view answers in (codes of `common/language`). Default: `storeLanguage` alone
   * when it is given, else every language the NLU reads. A message in another language is not served.
   */
  servedLanguages?: readonly string[];
}

/** Character span in the original text. */
export interface Span {
  start: number;
  end: number;
}

export interface OrderNumberEntity extends Span {
  /** Digits as written (leading zeros kept), e.g. `000000123`; Magento increment ids are strings. */
  value: string;
  raw: string;
}

export interface ProductMatchEntity extends Span {
  sku: string;
  name: string;
  /** 0–1; 1 = exact SKU or exact name. */
  score: number;
  via: 'sku' | 'name' | 'alias';
  raw: string;
}

/** A price range the customer wants; amounts in `currency` (null when not said). */
export interface BudgetEntity {
  min?: number;
  max?: number;
  /** ISO 4217 code when the text says it (`$` → USD, `€`/"euros" → EUR, `£` → GBP). */
  currency?: string;
  /** "around 300" / "about 300": the engine should widen the range. */
  approximate?: boolean;
  /** "cheap"/"budget" → cheap; "mid-range" → mid; "high-end"/"premium" → premium. */
  qualitative?: 'cheap' | 'mid' | 'premium';
  raw: string;
}

export interface AttributeEntity extends Span {
  /** Attribute code from the injected vocabulary, e.g. `color`. */
  code: string;
  value: string;
  label: string;
  raw: string;
}

export interface DateEntity extends Span {
  /** Calendar date `YYYY-MM-DD` resolved against the injected clock (UTC); the first day of a period. */
  date: string;
  /** What the words span from `date`: one day ("on Monday"), a week ("last week"), a month ("last month"). */
  period: 'day' | 'week' | 'month';
  raw: string;
}

/** A reference to something shown earlier, resolved against `NluContext.shownProducts` when possible. */
export interface ReferenceEntity extends Span {
  kind: 'pronoun' | 'ordinal' | 'comparative' | 'all';
  /** 0-based position for ordinals ("the second one" → 1; "the last one" → -1). */
  index?: number;
  /** Which extreme for comparatives ("the cheaper one" → `cheapest`). */
  comparative?: 'cheapest' | 'most_expensive';
  /** The products it points to; empty when the context has nothing to point to. */
  resolved: ShownProduct[];
  raw: string;
}

/** How an item mention counts what it names. */
export type ItemQuantifier =
  /** "the earbuds", "my charger": the line(s) it names, quantity not said. */
  | 'unspecified'
  /** "2 of the socks", "one of the two mugs", "a mug": `quantity` of them. */
  | 'count'
  /** "both shirts", "all the mugs", "the two mugs", "everything": all of them (`quantity` when said). */
  | 'all'
  /** "just the charger": that item and nothing else. */
  | 'only'
  /** "everything but the case": every line except this one. */
  | 'except';

/**
 * Items of an order named in a message, before they are matched to the order's lines
 * (`matchOrderItems` in `entities/item-mentions.ts`).
 */
export interface ItemMention extends Span {
  /**
   * The words that name the item, folded ("earbuds", "blue mug"); null when no item is named: the whole
   * order or the items at hand ("everything", "all of them", "tout" → `all`; "both", "the two of them",
   * "les deux" → `all` with quantity 2; "only one", "juste un des deux" → `count` 1).
   */
  phrase: string | null;
  quantifier: ItemQuantifier;
  /** How many: "2 of the socks" → 2, "both" → 2, "one of the two mugs" → 1. */
  quantity?: number;
  /** "one of the two mugs" → 2: how many the customer says there are. */
  outOf?: number;
  raw: string;
}

/**
 * An order named without its full number: "order 10", "#45" (`number`), "the one ending 088" (`suffix`).
 * `resolveOrderReference` (entities/order-reference.ts) matches it against the customer's orders.
 */
export interface OrderReferenceEntity extends Span {
  kind: 'number' | 'suffix';
  /** The digits as written ("10", "088"). */
  digits: string;
  raw: string;
}

/** "my last order", "my previous order", "my first order": an order picked by when it was placed. */
export type OrderRecency = 'latest' | 'previous' | 'first';

export const CLAIM_REASONS = [
  'changed_mind',
  'wrong_size',
  'wrong_item',
  'damaged',
  'defective',
  'not_received',
  'late',
] as const;
export type ClaimReason = (typeof CLAIM_REASONS)[number];

export interface SentimentEntity {
  polarity: 'negative' | 'neutral' | 'positive';
  /** Strong anger markers (insults, all caps shouting, "ridiculous", repeated "!!!"). */
  angry: boolean;
  /** The words that decided it, for the trace. */
  markers: string[];
}

/**
 * What a question about the store's terms asks (`policy-questions.ts`), read on every message: a flow
 * that answers from the terms needs no word of the message itself.
 */
export interface PolicyQuestionEntity {
  /**
   * The parts of the terms the message names, in a fixed order ("who pays for return postage?" →
   * shipping, fees, returns); empty when it names none (the answer then gives the return essentials).
   */
  topics: PolicyTopic[];
  /**
   * The thing the question is about, when it names one after "for", "on", "about", « pour », « sur »… that
   * is no generic word ("return policy for laptops?" → "laptops"; "…for my order?" → none). The answer
   * then asks which product is meant rather than give the store-wide terms, unless the store's categories
   * or products name it.
   */
  target?: string;
  /**
   * The question's words beyond its topic, the way it is asked and stop words, folded ("what does the
   * warranty not cover?" → `cover`): a page paragraph that has one answers a detail the configured values
   * do not.
   */
  details: string[];
}

export interface Entities {
  orderNumbers: OrderNumberEntity[];
  products: ProductMatchEntity[];
  budget?: BudgetEntity;
  attributes: AttributeEntity[];
  quantity?: number;
  dates: DateEntity[];
  emails: string[];
  postcodes: string[];
  /** Billing last name given for guest order verification ("my last name is Smith"). */
  lastName?: string;
  references: ReferenceEntity[];
  /** Items of an order named in the message ("both shirts", "just the charger"); match them with `matchOrderItems`. */
  itemMentions: ItemMention[];
  /** Orders named by a short or partial number ("order 10", "the one ending 088"); full numbers are in `orderNumbers`. */
  orderReferences: OrderReferenceEntity[];
  /**
   * A street address the message gives, as written ("new address is 1420 E Pine St, Seattle, WA 98122" →
   * "1420 E Pine St, Seattle, WA 98122"; « 12 rue de la Paix, 75002 Paris »). Absent on understandings
   * built by hand.
   */
  streetAddress?: string;
  /** "my last order", "ma dernière commande". */
  orderRecency?: OrderRecency;
  claimReason?: ClaimReason;
  /** Words of the message that the store's catalog uses ("headphones", "wireless"), framing left out. */
  catalogTerms?: string[];
  /**
   * The message asks what something holds ("what's in it?", "what was in order 3?", « qu'est-ce qu'il y
   * a dedans ? »): after an order's answer or with an order named, that order's items.
   */
  asksContents?: true;
  /** A question about using the website, when it is the cart or the checkout ("add it to my cart"). */
  accountTopic?: AccountTopic;
  sentiment: SentimentEntity;
  /**
   * Whom the products asked for are for ("for women?", "pour enfant", "a gift for my husband" → men), in
   * the store view's language or, without one, the message's. Absent on understandings built by hand.
   */
  audiences?: Audience[];
  /** What a question about the store's terms asks; absent on understandings built by hand. */
  policy?: PolicyQuestionEntity;
  /**
   * The words a question about a product asks about, folded, as the customer wrote them: neither stop
   * words nor question words of its language ("how long does the battery last?" → battery, last; « elle
   * est étanche ? » → etanche). Product names are the flow's to leave out (it knows which products it
   * answers about). Absent on understandings built by hand.
   */
  topicWords?: string[];
  /**
   * The one thing a comparison asks about and which end of it ("which one has the better battery?" →
   * battery, more; « laquelle est la plus légère ? » → weight, less), not read in the names of the
   * products the message or the conversation names. Absent when it names none.
   */
  comparison?: ComparisonQuestion;
}

/** Parts of the website a customer asks how to use; only the cart is told apart so far. */
export type AccountTopic = 'cart';

export interface UnderstandingFlags {
  /** Kinds of prompt injection the safety layer's detector found; it decides what to do. Empty when none. */
  injection: InjectionKind[];
  /** The intent came from the dialogue context (a follow-up such as "what about warranty?"). */
  followUp: boolean;
  /** Confidence below the threshold the engine should treat as "did not understand". */
  lowConfidence: boolean;
  /** The message carries more than one request: see `secondaryIntents`. */
  multiIntent: boolean;
  /**
   * The customer corrects something said before ("sorry, the postcode is 98102", "I meant order 46",
   * "pardon, c'est Smyth"): the message's values replace the earlier ones rather than add to them.
   */
  correction: boolean;
  /**
   * The customer hesitates ("wait", "hmm not sure", "let me think", "what happens if I do?", "attends",
   * "je sais pas trop"): never a yes, and not a no. When the reading was affirm or deny it is replaced
   * by the next best one with a confidence under the low-confidence threshold, so the engine asks again
   * or answers the question rather than confirm.
   */
  hesitation: boolean;
  /**
   * The customer drops the request or keeps the item ("never mind", "leave it, I'll keep it", "forget
   * it", "actually no", "non laissez tomber", "finalement je le garde"): the intent is `deny`, which the
   * engine reads as cancelling the flow under way (or refusing the step it asked to confirm).
   */
  changeOfMind: boolean;
  /**
   * The customer asks for more of what was just shown ("show me more", "any others?", "next page", "d'autres
   * ?", "t'en as d'autres"): after a search the intent is `product_search` with `followUp`, and the engine
   * shows the last search's next results rather than searching the words; "show me more orders" asks for
   * the next orders of the customer's list. Absent when not asked.
   */
  moreResults?: true;
  /**
   * The shopper names products that are not in stock ("even the sold-out ones", "même épuisés"): a search
   * leaves them in (by default it shows only what can be bought). Absent when not said.
   */
  includeSoldOut?: true;
  /** Whether the assistant is a machine, asked and nothing more ("r u a bot?"): answered honestly, a person offered. */
  asksIfBot?: true;
  /** The decisive source: a rule, the classifier, or the context. */
  source: 'rule' | 'classifier' | 'context';
}

export interface IntentScore {
  intent: Intent;
  /** 0–1, calibrated on the held-out split: ~P(intent is right). */
  confidence: number;
}

/**
 * One request of a message, with the words it was made in: "do you have rain jackets and how long does
 * shipping take?" → `{ intent: 'product_search', text: 'do you have rain jackets' }`, `{ intent:
 * 'policy_question', text: 'how long does shipping take?' }`.
 */
export interface RequestReading extends Span {
  intent: Intent;
  /** The clause's own confidence (the message's, for a single request). */
  confidence: number;
  /** `Understanding.text.slice(start, end)`: the clause(s) the request was made in, greeting left out. */
  text: string;
}

/** The language a message is written in, and whether this store view answers in it. */
export interface LanguageReading {
  /**
   * ISO 639-1 code (`en`, `fr`, `es`, `de`, `it`, `pt`, `nl`), or `und` when the words do not tell
   * ("sweatpants", "Raptor X15"): then the store view's language applies.
   */
  code: string;
  /** The NLU reads this language (has training data and packs for it); `und` counts as read. */
  supported: boolean;
  /** The store view answers in it (`NluContext.servedLanguages`); `und` is served. */
  served: boolean;
  /** 0–1 share of the evidence for `code`; 0 when undetermined. */
  confidence: number;
}

/** Why a message is out of scope, when `intent` is `out_of_scope`. */
export type OutOfScopeReason =
  /** A request Verity cannot help with: general knowledge, the customer's own devices, chit-chat. */
  | 'off_topic'
  /** Written in a language the NLU does not read; greetings, thanks and goodbyes keep their intent. */
  | 'unsupported_language'
  /** Emoji, punctuation or nothing. */
  | 'no_words';

export interface Understanding {
  /** The message without invisible characters, NFKC-normalised, whitespace collapsed: spans index into it. */
  text: string;
  intent: Intent;
  confidence: number;
  /** Next-best intents, best first (up to 3). */
  alternatives: IntentScore[];
  /**
   * Other requests made in separate clauses of the same message ("where is my order? also can I
   * return it" → return_request), each with its clause's confidence. Empty for single requests.
   */
  secondaryIntents: IntentScore[];
  /**
   * The message's requests in the order they were made, each with its own intent and its own words
   * (`RequestReading`), for a command generator that serves each on its own. Always at least one; the
   * first one's intent is `intent`. A greeting or thanks before a request is not one ("hi, I'd like to
   * return the earbuds" → one `return_request`, text "I'd like to return the earbuds"); a clause that
   * only tells context ("my order is late again") or is unsure is joined to the request next to it;
   * adjacent clauses with the same intent are one request. With several, `flags.multiIntent` is set
   * and the later ones are also in `secondaryIntents`.
   */
  requests: RequestReading[];
  entities: Entities;
  flags: UnderstandingFlags;
  language: LanguageReading;
  /** Set when `intent` is `out_of_scope`: why. */
  outOfScope?: OutOfScopeReason;
  /**
   * The message as a product search query: the customer's words less the phrases read as filters — the
   * budget ("under $50") and attribute values with their names ("size 8", "en bleu") — which no product's
   * text should have to contain. The whole message when nothing is left. Absent on understandings built
   * by hand (then the message is the query).
   */
  searchQuery?: string;
}
