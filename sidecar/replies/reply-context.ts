import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What `render` needs to know about the turn it speaks in, without every skill passing it along: the
 * store view (its merchant's wordings apply) and the conversation (approved variants rotate through it).
 * Set once around a chat turn with `withReplyContext`; outside one, `render` says the templates as written.
 */
export interface ReplyContext {
  /** Store view code: the merchant's template overrides for it apply (sidecar/replies/overrides.ts). */
  store?: string;
  /** The conversation whose repeats rotate through a template's variants. */
  conversationId?: string;
  /**
   * How many times each template has been said in this conversation, kept by the caller (e.g. in the
   * dialogue state) so the rotation survives restarts. Absent: the process remembers it (bounded).
   */
  uses?: Record<string, number>;
}

const storage = new AsyncLocalStorage<ReplyContext>();

/** Runs `fn` (and everything it awaits) with `context` as the reply context. */
export function withReplyContext<T>(context: ReplyContext, fn: () => T): T {
  return storage.run(context, fn);
}

export function currentReplyContext(): ReplyContext | undefined {
  return storage.getStore();
}

/** Conversations whose template uses the process remembers (least recently used forgotten first). */
const REMEMBERED_CONVERSATIONS = 10_000;
const remembered = new Map<string, Record<string, number>>();

function usesOf(context: ReplyContext): Record<string, number> | undefined {
  if (context.uses) return context.uses;
  const id = context.conversationId;
  if (id === undefined) return undefined;
  let uses = remembered.get(id);
  if (uses) remembered.delete(id);
  else uses = {};
  remembered.set(id, uses);
  if (remembered.size > REMEMBERED_CONVERSATIONS) remembered.delete(remembered.keys().next().value!);
  return uses;
}

/**
 * How many times `key` was said before in the context's conversation, counting this use: 0 the first
 * time. Without a conversation, always 0 (the template as written).
 */
export function takeUse(key: string): number {
  const context = storage.getStore();
  const uses = context ? usesOf(context) : undefined;
  if (!uses) return 0;
  const before = uses[key] ?? 0;
  uses[key] = before + 1;
  return before;
}
