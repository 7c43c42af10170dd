import { parseBusinessHours, type OpeningRange } from '../../common/magento/business-hours.js';
import type { Logger } from '../../common/logger.js';
import type { ScheduledTask } from '../inbox/scheduled-tasks.js';
import type { ConversationRecords } from '../records/conversation-records.js';
import { bcp47, render } from '../replies/render.js';
import type { Locale } from '../replies/templates.js';
import type { HandoffDesk } from './handoff-tickets.js';

/** A store view's hours as configured: the raw value, its time zone and the support contact. */
export interface StoreHours {
  /** `verity/handoff/business_hours` (common/magento/business-hours.ts); empty = not set. */
  businessHours: string;
  /** IANA time zone of the store view (`general/locale/timezone`). */
  timeZone: string;
  /** `verity/general/escalation_contact`, the other channel; null when not set. */
  contact: string | null;
}

/** Local weekday (0 = Monday) and minutes after midnight of an instant in a time zone. */
export function localClock(now: Date, timeZone: string): { day: number; minutes: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const day = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(part('weekday'));
  return { day, minutes: Number(part('hour')) * 60 + Number(part('minute')) };
}

/** When the team is next there: null when it is there now, or when no hours are set. */
export function nextOpening(
  ranges: readonly OpeningRange[],
  clock: { day: number; minutes: number },
): { daysAhead: number; day: number; open: number } | null {
  if (ranges.length === 0) return null;
  if (ranges.some((r) => r.day === clock.day && r.open <= clock.minutes && clock.minutes < r.close))
    return null;
  for (let daysAhead = 0; daysAhead <= 7; daysAhead += 1) {
    const day = (clock.day + daysAhead) % 7;
    const next = ranges.find((r) => r.day === day && (daysAhead > 0 || r.open > clock.minutes));
    if (next) return { daysAhead, day, open: next.open };
  }
  return null;
}

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** A weekday's name in the reply's language (0 = Monday; 1 January 2024 was a Monday). */
function weekdayName(day: number, locale: Locale): string {
  return new Intl.DateTimeFormat(bcp47(locale), { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, 1 + day)),
  );
}

/**
 * What the customer is told when a person cannot answer now: when the team is next there (the store
 * view's configured hours, in its time zone) and by which channel, from the template table. Null when
 * the team is there, when no hours are set, or when they cannot be read: a time is never invented.
 */
export function afterHoursNotice(hours: StoreHours, locale: Locale, now: Date): string | null {
  const ranges = parseBusinessHours(hours.businessHours);
  if (!ranges) return null;
  const next = nextOpening(ranges, localClock(now, hours.timeZone));
  if (!next) return null;
  const time = hhmm(next.open);
  const opens =
    next.daysAhead === 0
      ? render('after_hours_today', locale, { time })
      : next.daysAhead === 1
        ? render('after_hours_tomorrow', locale, { time })
        : render('after_hours_day', locale, { day: weekdayName(next.day, locale), time });
  return render('after_hours_notice', locale, {
    opens,
    zone: hours.timeZone,
    contact: hours.contact ? render('handoff_contact', locale, { contact: hours.contact }) : '',
  });
}

export interface AfterHoursDeps {
  desk: HandoffDesk;
  records: Pick<ConversationRecords, 'appendMessage'>;
  /** The store view's hours; read through a short cache here. */
  storeHours: (storeCode: string) => Promise<StoreHours>;
  logger: Logger;
  now?: () => Date;
  /** How long a store view's hours are kept. @default 60 000 */
  cacheMs?: number;
}

/** How often open tickets are checked against their store view's hours. */
export const AFTER_HOURS_SWEEP_MS = 15_000;

/**
 * Tells a waiting customer when a person will answer, once per ticket: when a handoff arrives outside
 * the store view's business hours, or when its ticket is still unclaimed as the team leaves. The notice
 * is an assistant message in the conversation, so the widget's poll shows it and the inbox sees it.
 * `markAfterHoursNotice` is the one atomic claim: however many processes sweep, one of them writes it.
 */
export class AfterHoursNotices {
  private readonly cache = new Map<string, { hours: Promise<StoreHours>; until: number }>();

  constructor(private readonly deps: AfterHoursDeps) {}

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  private hours(storeCode: string): Promise<StoreHours> {
    const now = Date.now();
    const cached = this.cache.get(storeCode);
    if (cached && cached.until > now) return cached.hours;
    const hours = this.deps.storeHours(storeCode).then((read) => {
      // Said once per read, not on every sweep.
      if (parseBusinessHours(read.businessHours) === null)
        this.deps.logger.warn({ storeCode }, 'business hours not understood: no after-hours notice');
      return read;
    });
    this.cache.set(storeCode, { hours, until: now + (this.deps.cacheMs ?? 60_000) });
    hours.catch(() => this.cache.delete(storeCode));
    return hours;
  }

  /** The notice for a handoff in this store view now, or null (the team is there, or no hours are set). */
  async noticeFor(storeCode: string, locale: Locale): Promise<string | null> {
    return afterHoursNotice(await this.hours(storeCode), locale, this.now());
  }

  /**
   * For the customer-facing turn: the notice to add to a handoff reply, claimed for this ticket (so the
   * sweep does not send it again); null when none is due or another process already sent it.
   */
  async claimForHandoff(ticketId: string, storeCode: string, locale: Locale): Promise<string | null> {
    const notice = await this.noticeFor(storeCode, locale);
    if (!notice) return null;
    return (await this.deps.desk.markAfterHoursNotice(ticketId)) ? notice : null;
  }

  /** The sweep as a scheduled task. */
  task(everyMs = AFTER_HOURS_SWEEP_MS): ScheduledTask {
    return { name: 'after-hours-notices', everyMs, run: () => this.sweep() };
  }

  /** One pass over the open tickets; returns how many customers were told. */
  async sweep(): Promise<number> {
    let told = 0;
    for (const ticket of await this.deps.desk.awaitingAfterHoursNotice()) {
      const notice = await this.noticeFor(ticket.storeCode, ticket.context.locale).catch((error: unknown) => {
        this.deps.logger.warn(
          { err: error, storeCode: ticket.storeCode },
          'store hours unavailable: notice later',
        );
        return null;
      });
      if (!notice || !(await this.deps.desk.markAfterHoursNotice(ticket.id))) continue;
      await this.deps.records.appendMessage({
        conversationId: ticket.conversationId,
        role: 'assistant',
        text: notice,
      });
      this.deps.logger.info({ ticketId: ticket.id }, 'customer told when the team is back');
      told += 1;
    }
    return told;
  }
}
