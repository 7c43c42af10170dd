import type { Attachment, PageContext } from '../../common/chat-api/chat-api.js';
import type { Citation, ReplyPayload } from '../../common/chat-api/reply-payload.js';
import type { ChatApi } from './api.js';
import { ApiError } from './api.js';
import { comparisonTable, orderCard, productCards, withoutComparisonLines } from './cards.js';
import { el, icon } from './dom.js';
import { PersonUpdates } from './person-updates.js';
import type { Strings } from './strings.js';
import { STYLES } from './styles.js';

export interface WidgetConfig {
  sidecarUrl: string;
  storeCode: string;
  locale: string;
  widget?: { position?: 'left' | 'right'; primaryColor?: string; greeting?: string };
  /** The page the shopper is on; sent with every message as context ("this jacket"). */
  page?: PageContext;
}

const SESSION_KEY = 'verity-session';
/** What the sidecar takes as evidence (checked again there, by content): photos and PDFs, five a message. */
const ATTACHABLE = 'image/jpeg,image/png,image/webp,application/pdf';
const MAX_ATTACHMENTS = 5;

/**
 * The storefront chat: a launcher and a panel in a shadow root (the theme's CSS cannot break it, and
 * it cannot break the theme). Every server string is rendered as text. Keyboard: Enter sends,
 * Shift+Enter adds a line, Escape closes and returns focus to the launcher.
 */
export class ChatWidget {
  private readonly root: ShadowRoot;
  private readonly launcher: HTMLButtonElement;
  private readonly panel: HTMLElement;
  private readonly log: HTMLElement;
  private readonly quick: HTMLElement;
  private readonly typing: HTMLElement;
  private readonly banner: HTMLElement;
  private readonly input: HTMLTextAreaElement;
  private readonly form: HTMLFormElement;
  private readonly heading: HTMLElement;
  private readonly files: HTMLInputElement;
  private readonly pendingList: HTMLElement;
  /** Uploaded files the next message sends. */
  private pending: Attachment[] = [];
  private sessionId: string | undefined;
  private historyLoaded = false;
  /** True once the store's greeting was asked for (the title shows the store's name). */
  private greeted = false;
  private sending = false;
  private readonly person: PersonUpdates;

  constructor(
    host: HTMLElement,
    private readonly config: WidgetConfig,
    private readonly api: ChatApi,
    private readonly strings: Strings,
  ) {
    this.root = host.attachShadow({ mode: 'open' });
    host.dataset.position = config.widget?.position ?? 'right';
    if (config.widget?.primaryColor) host.style.setProperty('--verity-primary', config.widget.primaryColor);
    this.sessionId = readSession(config.storeCode);

    this.launcher = el(
      'button',
      { class: 'launcher', type: 'button', 'aria-expanded': 'false', 'aria-controls': 'verity-panel' },
      strings.open,
    );
    this.log = el('ol', {
      class: 'log',
      role: 'log',
      'aria-live': 'polite',
      'aria-relevant': 'additions',
      'aria-label': strings.title,
      tabindex: '0',
    });
    this.quick = el('div', { class: 'quick' });
    this.typing = el('div', { class: 'typing', hidden: true, 'aria-hidden': 'true' }, strings.typing);
    this.banner = el('div', { class: 'banner', role: 'status', hidden: true });
    this.input = el('textarea', {
      rows: '1',
      'aria-label': strings.placeholder,
      placeholder: strings.placeholder,
      maxlength: '4000',
    });
    this.files = el('input', {
      type: 'file',
      accept: ATTACHABLE,
      multiple: true,
      hidden: true,
      tabindex: '-1',
    });
    const attach = el(
      'button',
      { type: 'button', class: 'attach', 'aria-label': strings.attach, title: strings.attach },
      icon('M16.5 6.5v10a4.5 4.5 0 0 1-9 0V5a3 3 0 0 1 6 0v10.5a1.5 1.5 0 0 1-3 0V6.5'),
    );
    this.pendingList = el('ul', { class: 'pending', 'aria-label': strings.attached, hidden: true });
    this.form = el(
      'form',
      {},
      attach,
      this.files,
      this.input,
      el('button', { type: 'submit' }, strings.send),
    );
    const human = el('button', { type: 'button', class: 'human' }, strings.human);
    const close = el('button', { type: 'button', class: 'close', 'aria-label': strings.close }, '×');
    this.heading = el('h2', { id: 'verity-title' }, strings.title);
    this.panel = el(
      'section',
      { class: 'panel', id: 'verity-panel', role: 'dialog', 'aria-labelledby': 'verity-title', hidden: true },
      el('header', {}, this.heading, human, close),
      this.banner,
      this.log,
      this.typing,
      this.quick,
      this.pendingList,
      this.form,
    );
    this.root.append(el('style', {}, STYLES), this.launcher, this.panel);
    this.person = new PersonUpdates(
      (sessionId, after) => this.api.updates(sessionId, after),
      (message) => this.renderReply(message.id, message.text, message),
      this.log,
    );

    this.launcher.addEventListener('click', () => (this.panel.hidden ? this.open() : this.close()));
    close.addEventListener('click', () => this.close());
    human.addEventListener('click', () => void this.send(this.strings.humanMessage));
    this.panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.close();
    });
    this.input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey) {
        event.preventDefault();
        this.form.requestSubmit();
      }
    });
    attach.addEventListener('click', () => this.files.click());
    this.files.addEventListener('change', () => {
      const chosen = [...(this.files.files ?? [])];
      this.files.value = '';
      void this.attachFiles(chosen);
    });
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.send(this.input.value);
    });
    window.addEventListener('offline', () => this.showBanner(this.strings.offline));
    window.addEventListener('online', () => this.showBanner(null));
  }

  async open(): Promise<void> {
    this.panel.hidden = false;
    this.launcher.setAttribute('aria-expanded', 'true');
    this.input.focus();
    if (!this.historyLoaded) {
      this.historyLoaded = true;
      const restored = await this.loadHistory();
      await this.greet(!restored);
    }
  }

  /**
   * The store's name in the title and, on a conversation's first opening, its greeting and starter
   * chips (suited to the page: a product page offers questions about that product). The greeting is
   * not part of the conversation's record: it is what the store says to everyone.
   */
  private async greet(showGreeting: boolean): Promise<void> {
    if (this.greeted) return;
    this.greeted = true;
    // The module's greeting may name the store ("{store}"), which only the sidecar fills in.
    const configured = (this.config.widget?.greeting ?? '').trim();
    let text = configured.includes('{store}') ? '' : configured;
    try {
      const greeting = await this.api.greeting(this.config.storeCode);
      text = greeting.greeting;
      this.heading.textContent = this.strings.titleFor.replace('{store}', greeting.storeName);
    } catch {
      // Without the sidecar's greeting, the module's configured one (or none) opens the chat.
    }
    if (!showGreeting || this.log.children.length > 0) return;
    if (text) this.append('welcome', text);
    const starters =
      this.config.page?.type === 'product' ? this.strings.productStarters : this.strings.starters;
    this.showQuickReplies(starters.split('|'));
  }

  close(): void {
    this.panel.hidden = true;
    this.launcher.setAttribute('aria-expanded', 'false');
    this.launcher.focus();
  }

  /** Restores the session's messages; false when there is nothing to restore. */
  private async loadHistory(): Promise<boolean> {
    if (!this.sessionId) return false;
    try {
      const messages = (await this.api.history(this.sessionId)).filter((m) => m.role !== 'system');
      // Restored cards are what was said then, never re-read: the notice says so before they show.
      if (messages.length > 0) this.append('notice', this.strings.earlier);
      for (const message of messages) {
        if (message.role === 'customer') this.renderCustomer(message.text);
        else if (message.role === 'agent') this.person.show(message);
        else this.renderReply(message.id, message.text, message);
      }
      const last = messages.at(-1);
      if (last && messages.some((m) => m.escalation || m.role === 'agent'))
        this.person.watch(this.sessionId, last.id);
      return messages.length > 0;
    } catch (error) {
      // A session that expired or belongs to someone else starts over.
      if (error instanceof ApiError && (error.status === 403 || error.status === 404)) this.forgetSession();
      return false;
    }
  }

  /**
   * Sends a message under a client message id; Retry sends the same id again, so a message the
   * sidecar recorded before the reply was lost is answered from its record, never recorded twice.
   */
  async send(text: string, retryOf?: string): Promise<void> {
    // Files alone are sent with a plain line saying so.
    const message = text.trim() || (this.pending.length > 0 ? this.strings.attachedMessage : '');
    if (!message || this.sending) return;
    if (this.panel.hidden) await this.open();
    this.sending = true;
    this.input.value = '';
    const attachments = this.pending.map((a) => a.id);
    if (!retryOf) this.renderCustomer(message, this.pending);
    const clientMessageId = retryOf ?? messageId();
    this.typing.hidden = false;
    try {
      const reply = await this.api.send({
        message,
        clientMessageId,
        store: this.config.storeCode,
        ...(this.sessionId ? { sessionId: this.sessionId } : {}),
        ...(this.config.page ? { page: this.config.page } : {}),
        ...(attachments.length > 0 ? { attachments } : {}),
      });
      this.setPending(this.pending.filter((a) => !attachments.includes(a.id)));
      this.sessionId = reply.sessionId;
      writeSession(this.config.storeCode, reply.sessionId);
      // While a person holds the conversation the assistant is quiet: their answer arrives by polling.
      if (!reply.personHolds) this.showFromStart(this.renderReply(reply.messageId, reply.reply, reply));
      this.person.shown(reply.messageId);
      if (reply.escalation || reply.personHolds) this.person.watch(reply.sessionId, reply.messageId);
    } catch (error) {
      this.renderFailure(error, message, clientMessageId);
    } finally {
      this.typing.hidden = true;
      this.sending = false;
      this.input.focus();
    }
  }

  /** A customer's message (with the names of the files it sends); the quick replies offered before it are spent. */
  private renderCustomer(text: string, files: readonly Attachment[] = []): void {
    this.quick.replaceChildren();
    const item = this.append('customer', text);
    if (files.length > 0)
      item.append(
        el(
          'span',
          { class: 'files' },
          `${this.strings.attached}${this.strings.colon}${files.map((f) => f.name).join(', ')}`,
        ),
      );
  }

  /**
   * Uploads chosen photos or PDFs to the conversation; the next message sends them. The conversation
   * must exist first (the shopper says what happened, then adds the evidence the assistant asks for).
   */
  private async attachFiles(files: readonly File[]): Promise<void> {
    if (files.length === 0) return;
    if (!this.sessionId) {
      this.append('notice', this.strings.attachFirst);
      return;
    }
    for (const file of files.slice(0, Math.max(0, MAX_ATTACHMENTS - this.pending.length))) {
      try {
        const attachment = await this.api.upload(this.sessionId, file);
        this.setPending([...this.pending, attachment]);
      } catch (error) {
        const status = error instanceof ApiError ? error.status : 0;
        this.append(
          'notice',
          status === 413
            ? this.strings.uploadTooLarge
            : status === 415
              ? this.strings.uploadType
              : this.strings.uploadFailed,
        );
      }
    }
    this.input.focus();
  }

  /** The files waiting to go with the next message, each with a button to take it back. */
  private setPending(files: Attachment[]): void {
    this.pending = files;
    this.pendingList.hidden = files.length === 0;
    this.pendingList.replaceChildren(
      ...files.map((file) => {
        const remove = el(
          'button',
          { type: 'button', 'aria-label': `${this.strings.removeAttachment} ${file.name}` },
          '×',
        );
        remove.addEventListener('click', () => this.setPending(this.pending.filter((f) => f.id !== file.id)));
        return el('li', {}, el('span', {}, file.name), remove);
      }),
    );
  }

  /** An assistant reply, live or restored from history: the same rendering for both. */
  private renderReply(messageId: string, text: string, payload: ReplyPayload): HTMLElement {
    const locale = this.config.locale;
    // A comparison is shown once, as its table (with the products' pictures and links), not also as
    // the text rows a text-only channel reads, nor as a list of cards.
    const comparison = payload.comparison;
    const item = this.append('assistant', comparison ? withoutComparisonLines(text, comparison) : text);
    if (comparison) item.append(comparisonTable(comparison, payload.products, this.strings));
    else if (payload.products.length > 0) item.append(productCards(payload.products, this.strings, locale));
    for (const order of [...(payload.order ? [payload.order] : []), ...payload.orders]) {
      this.markEarlierCards(order.number, order.status);
      item.append(orderCard(order, this.strings, locale));
    }
    if (payload.escalation) item.append(el('p', { class: 'sources' }, this.strings.handedOff));
    const titles = [...new Set(payload.citations.flatMap((c) => citationTitle(c, this.strings) ?? []))];
    if (titles.length > 0)
      item.append(
        el('p', { class: 'sources' }, `${this.strings.sources}${this.strings.colon}${titles.join(' · ')}`),
      );
    if (this.sessionId) item.append(this.feedbackButtons(this.sessionId, messageId));
    this.showQuickReplies(payload.quickReplies);
    return item;
  }

  /** A long reply (cards, a table) is read from its first line: scroll it to the top, not its end. */
  private showFromStart(item: HTMLElement): void {
    const offset = item.getBoundingClientRect().top - this.log.getBoundingClientRect().top;
    if (offset + item.offsetHeight > this.log.clientHeight) this.log.scrollTop += offset - 8;
  }

  /**
   * An order's earlier cards in the log, once its status changed (a cancellation, a refund): dimmed and
   * pointing at the new card, so the log never shows two different states of one order side by side.
   */
  private markEarlierCards(number: string, status: string): void {
    for (const card of this.log.querySelectorAll<HTMLElement>('.order[data-number]')) {
      if (card.dataset.number !== number || card.dataset.status === status) continue;
      if (card.classList.contains('earlier')) continue;
      card.classList.add('earlier');
      card.append(el('span', { class: 'updated' }, this.strings.updatedBelow));
    }
  }

  /** Quick replies under the log: a tap sends the label as the shopper's message. */
  private showQuickReplies(labels: readonly string[]): void {
    this.quick.replaceChildren(
      ...labels.map((label) => {
        const button = el('button', { type: 'button' }, label);
        button.addEventListener('click', () => void this.send(label));
        return button;
      }),
    );
    this.quick.setAttribute('aria-label', this.strings.suggestions);
    this.quick.setAttribute('role', labels.length > 0 ? 'group' : 'presentation');
  }

  private feedbackButtons(sessionId: string, messageId: string): HTMLElement {
    const box = el('div', { class: 'feedback' });
    // Words, not emoji: a storefront cannot count on an emoji font being installed.
    for (const [label, rating] of [
      [this.strings.helpful, 5],
      [this.strings.notHelpful, 1],
    ] as const) {
      const button = el('button', { type: 'button' }, label);
      button.addEventListener('click', () => {
        void this.api
          .feedback({ sessionId, messageId, rating })
          .then(() => box.replaceChildren(el('span', { class: 'sources' }, this.strings.thanksFeedback)))
          .catch(() => undefined);
      });
      box.append(button);
    }
    return box;
  }

  private renderFailure(error: unknown, message: string, clientMessageId: string): void {
    if (error instanceof ApiError && error.status === 429) {
      this.append('notice', this.strings.rateLimited);
      return;
    }
    if (error instanceof ApiError && error.status === 401) {
      this.append('notice', this.strings.sessionExpired);
      return;
    }
    if (error instanceof ApiError && error.status === 403) this.forgetSession();
    const retry = el('button', { type: 'button' }, this.strings.retry);
    const notice = this.append('notice', `${this.strings.error} `);
    notice.append(retry);
    retry.addEventListener('click', () => {
      notice.remove();
      void this.send(message, clientMessageId);
    });
  }

  /** A message in the log; `welcome` is the store's greeting, said by the assistant but not a reply. */
  private append(role: 'customer' | 'assistant' | 'welcome' | 'notice', text: string): HTMLElement {
    const speaker = role === 'customer' ? this.strings.you : role === 'notice' ? '' : this.strings.assistant;
    const item = el(
      'li',
      { class: `msg ${role}` },
      speaker ? el('span', { class: 'sr' }, `${speaker}: `) : null,
      text,
    );
    this.log.append(item);
    this.log.scrollTop = this.log.scrollHeight;
    return item;
  }

  private showBanner(text: string | null): void {
    this.banner.hidden = text === null;
    this.banner.textContent = text ?? '';
  }

  private forgetSession(): void {
    this.sessionId = undefined;
    try {
      window.localStorage.removeItem(`${SESSION_KEY}:${this.config.storeCode}`);
    } catch {
      // Storage blocked: the session simply does not survive a reload.
    }
  }
}

function readSession(store: string): string | undefined {
  try {
    return window.localStorage.getItem(`${SESSION_KEY}:${store}`) ?? undefined;
  } catch {
    return undefined;
  }
}

function writeSession(store: string, sessionId: string): void {
  try {
    window.localStorage.setItem(`${SESSION_KEY}:${store}`, sessionId);
  } catch {
    // Storage blocked: see forgetSession.
  }
}

/** A v4 uuid; `crypto.randomUUID` exists only on secure pages, `getRandomValues` everywhere. */
function messageId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * A source as a shopper reads it: its title, or words for its kind ("Order 000000002"); an action's
 * internal reference is left out (the reply says what was done and gives its reference).
 */
function citationTitle(citation: Citation, strings: Strings): string | null {
  if (citation.title) return citation.title;
  switch (citation.source) {
    case 'order':
      return `${strings.order} ${citation.id}`;
    case 'carrier':
      return `${strings.tracking} ${citation.id}`;
    case 'policy':
      return strings.storePolicy;
    case 'review':
      return strings.customerReviews;
    case 'action':
      return null;
    default:
      return citation.id;
  }
}
