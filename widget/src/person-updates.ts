import type { ChatUpdates, HistoryMessage } from '../../common/chat-api/chat-api.js';
import { el } from './dom.js';

/** How often the widget asks for new messages while a handoff is live, in milliseconds. */
export const POLL_MS = 4_000;

/** A person's message: their own words, introduced by the label the server rendered ("Sam, from our team"). */
export function personMessage(message: HistoryMessage): HTMLElement {
  return el(
    'li',
    { class: 'msg person', 'data-message': message.id },
    el('span', { class: 'who' }, message.author ?? ''),
    message.text,
  );
}

/**
 * Brings a person's answers into the open widget while a handoff is live, by polling
 * `/api/chat/updates` (docs/inbox.md: why polling and not server-sent events). Messages are shown once
 * each, whichever way they arrived; polling stops when no ticket is live any more, and pauses while the
 * page is hidden.
 */
export class PersonUpdates {
  private timer: number | undefined;
  private sessionId: string | undefined;
  private cursor: string | undefined;
  private readonly seen = new Set<string>();

  constructor(
    private readonly fetchUpdates: (sessionId: string, after: string) => Promise<ChatUpdates>,
    /** Shows a message that is not a person's (the assistant taking the conversation back). */
    private readonly showOther: (message: HistoryMessage) => void,
    private readonly log: HTMLElement,
  ) {
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible' && this.sessionId) this.schedule(0);
    });
  }

  /** Starts (or keeps) watching a session from the message the widget shows last. */
  watch(sessionId: string, lastShown: string): void {
    this.seen.add(lastShown);
    if (this.sessionId === sessionId && this.timer !== undefined) return;
    this.sessionId = sessionId;
    this.cursor = lastShown;
    this.schedule(POLL_MS);
  }

  /** A message the widget showed itself (a live reply): never shown twice. */
  shown(messageId: string): void {
    this.seen.add(messageId);
  }

  /** Shows a person's message (live or from history). */
  show(message: HistoryMessage): void {
    this.seen.add(message.id);
    this.log.append(personMessage(message));
    this.log.scrollTop = this.log.scrollHeight;
  }

  private schedule(delayMs: number): void {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.poll(), delayMs);
  }

  private async poll(): Promise<void> {
    const { sessionId, cursor } = this;
    if (!sessionId || !cursor) return;
    if (document.visibilityState === 'hidden') {
      this.timer = undefined;
      return;
    }
    let live = true;
    try {
      const updates = await this.fetchUpdates(sessionId, cursor);
      for (const message of updates.messages) {
        if (!this.seen.has(message.id)) {
          if (message.role === 'agent') this.show(message);
          else {
            this.seen.add(message.id);
            this.showOther(message);
          }
        }
        this.cursor = message.id;
      }
      live = updates.handoff !== null;
    } catch {
      // A failed poll is retried at the next interval; the history restores anything missed.
    }
    if (live) this.schedule(POLL_MS);
    else {
      this.timer = undefined;
      this.sessionId = undefined;
    }
  }
}
