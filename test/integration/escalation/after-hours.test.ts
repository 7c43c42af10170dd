import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBusinessHours } from '../../../common/magento/business-hours.js';
import { silentLogger } from '../../../common/logger.js';
import { loadMigrations, migrate } from '../../../common/record-store/migrations.js';
import { PgliteRecordStore } from '../../../common/record-store/pglite-record-store.js';
import {
  afterHoursNotice,
  AfterHoursNotices,
  localClock,
  nextOpening,
  type StoreHours,
} from '../../../sidecar/escalation/after-hours.js';
import { HandoffDesk } from '../../../sidecar/escalation/handoff-tickets.js';
import { WebhookOutbox } from '../../../sidecar/escalation/webhook-outbox.js';
import { ConversationRecords } from '../../../sidecar/records/conversation-records.js';

const WEEKDAYS: StoreHours = {
  businessHours: 'Mon-Fri 09:00-12:30 13:30-18:00, Sat 10:00-14:00',
  timeZone: 'Europe/Paris',
  contact: null,
};

describe('business hours: the syntax the module, the sandbox and the sidecar share', () => {
  it('reads days, day ranges (wrapping too) and several ranges a day', () => {
    expect(parseBusinessHours('Mon-Wed 09:00-12:00 14:00-17:00; sat 10:00-24:00')).toEqual([
      { day: 0, open: 540, close: 720 },
      { day: 0, open: 840, close: 1020 },
      { day: 1, open: 540, close: 720 },
      { day: 1, open: 840, close: 1020 },
      { day: 2, open: 540, close: 720 },
      { day: 2, open: 840, close: 1020 },
      { day: 5, open: 600, close: 1440 },
    ]);
    expect(parseBusinessHours('Sat-Mon 10:00-16:00')!.map((r) => r.day)).toEqual([0, 5, 6]);
    expect(parseBusinessHours('')).toEqual([]);
    expect(parseBusinessHours('  ,  ')).toEqual([]);
  });

  it('refuses what it cannot read instead of guessing', () => {
    for (const value of [
      'Mon-Fri',
      'Monday 09:00-17:00',
      'Mon 9am-5pm',
      'Mon 18:00-09:00',
      'Mon 09:00-09:00',
      'Mon 09:00-24:30',
      'Mon-Tue-Wed 09:00-17:00',
      'Mon 09:00 - 17:00',
    ])
      expect(parseBusinessHours(value), value).toBeNull();
  });

  it('tells the local weekday and time in the store view’s time zone', () => {
    // Monday 2026-12-07 23:30 UTC is Tuesday 00:30 in Paris and Monday 17:30 in Chicago.
    const at = new Date('2026-12-07T23:30:00Z');
    expect(localClock(at, 'Europe/Paris')).toEqual({ day: 1, minutes: 30 });
    expect(localClock(at, 'America/Chicago')).toEqual({ day: 0, minutes: 17 * 60 + 30 });
  });

  it('finds the next opening: later today, tomorrow, after the weekend, or none while open', () => {
    const ranges = parseBusinessHours(WEEKDAYS.businessHours)!;
    expect(nextOpening(ranges, { day: 0, minutes: 10 * 60 })).toBeNull();
    expect(nextOpening(ranges, { day: 0, minutes: 12 * 60 + 45 })).toEqual({
      daysAhead: 0,
      day: 0,
      open: 13 * 60 + 30,
    });
    expect(nextOpening(ranges, { day: 0, minutes: 18 * 60 })).toEqual({ daysAhead: 1, day: 1, open: 540 });
    expect(nextOpening(ranges, { day: 5, minutes: 15 * 60 })).toEqual({ daysAhead: 2, day: 0, open: 540 });
    expect(nextOpening([], { day: 6, minutes: 0 })).toBeNull();
  });

  it('words the notice from the template table, in the customer’s language, with the other channel', () => {
    // Saturday 2026-12-12 15:00 in Paris: closed until Monday 09:00.
    const saturday = new Date('2026-12-12T14:00:00Z');
    expect(afterHoursNotice(WEEKDAYS, 'en', saturday)).toBe(
      'Our team is not available right now. A person will answer on Monday from 09:00 (Europe/Paris time), here in this chat.',
    );
    expect(afterHoursNotice({ ...WEEKDAYS, contact: 'help@example.com' }, 'fr', saturday)).toBe(
      'Notre équipe n’est pas disponible pour le moment. Une personne vous répondra lundi à partir de 09:00 (heure Europe/Paris), ici dans cette conversation. Vous pouvez aussi la joindre à help@example.com.',
    );
    // Monday 12:45 in Paris (lunch): back today; Monday 19:00: back tomorrow.
    expect(afterHoursNotice(WEEKDAYS, 'en', new Date('2026-12-07T11:45:00Z'))).toContain(
      'answer today from 13:30',
    );
    expect(afterHoursNotice(WEEKDAYS, 'en', new Date('2026-12-07T18:00:00Z'))).toContain(
      'answer tomorrow from 09:00',
    );
  });

  it('says nothing while the team is there, without hours, or with hours it cannot read', () => {
    const mondayMorning = new Date('2026-12-07T09:00:00Z');
    expect(afterHoursNotice(WEEKDAYS, 'en', mondayMorning)).toBeNull();
    expect(afterHoursNotice({ ...WEEKDAYS, businessHours: '' }, 'en', mondayMorning)).toBeNull();
    expect(afterHoursNotice({ ...WEEKDAYS, businessHours: 'weekdays 9-5' }, 'en', mondayMorning)).toBeNull();
  });
});

describe('after-hours notices on the record store', { timeout: 120_000 }, () => {
  let store: PgliteRecordStore;
  let desk: HandoffDesk;
  let records: ConversationRecords;
  /** Sunday 2026-12-13 12:00 in Paris: closed until Monday 09:00. */
  const sunday = () => new Date('2026-12-13T11:00:00Z');
  let hours: StoreHours;

  beforeAll(async () => {
    store = await PgliteRecordStore.open();
    await migrate(store, await loadMigrations());
    desk = new HandoffDesk(store, silentLogger(), new WebhookOutbox(store, silentLogger(), { secret: 'x' }));
    records = new ConversationRecords(store, silentLogger());
  });
  afterAll(async () => {
    await store?.close();
  });

  const notices = () =>
    new AfterHoursNotices({
      desk,
      records,
      storeHours: async () => hours,
      logger: silentLogger(),
      now: sunday,
    });

  async function handoff(
    session: string,
    replied = true,
  ): Promise<{ conversationId: string; ticketId: string }> {
    const { rows } = await store.query<{ id: string }>(
      `INSERT INTO conversations (session_id, store_code) VALUES ($1, 'default') RETURNING id`,
      [session],
    );
    const conversationId = rows[0]!.id;
    await records.appendMessage({ conversationId, role: 'customer', text: 'A person, please' });
    const { ticketId } = await desk.open({
      conversationId,
      storeCode: 'default',
      reason: 'customer_asked',
      customer: { id: null, email: null, verifiedOrders: [] },
      orders: [],
      transcript: [],
      suggestedReply: '',
    });
    if (replied) await records.appendMessage({ conversationId, role: 'assistant', text: 'Handing over.' });
    return { conversationId, ticketId };
  }

  const texts = async (conversationId: string) =>
    (await records.conversationMessages(conversationId)).map((m) => `${m.role}: ${m.text}`);

  it('tells a waiting customer once, after the handoff reply, however many processes sweep', async () => {
    hours = { ...WEEKDAYS, contact: 'help@example.com' };
    const waiting = await handoff('s-waiting');
    const inFlight = await handoff('s-in-flight', false);
    const told = await Promise.all([notices().sweep(), notices().sweep(), notices().sweep()]);
    expect(told.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await texts(waiting.conversationId)).toEqual([
      'customer: A person, please',
      'assistant: Handing over.',
      'assistant: Our team is not available right now. A person will answer tomorrow from 09:00 (Europe/Paris time), here in this chat. You can also reach them at help@example.com.',
    ]);
    expect((await desk.get(waiting.ticketId))!.afterHoursNoticeAt).toEqual(expect.any(String));
    // The turn that opened this one has not answered yet: its notice waits for the reply.
    expect(await texts(inFlight.conversationId)).toEqual(['customer: A person, please']);
    await records.appendMessage({
      conversationId: inFlight.conversationId,
      role: 'assistant',
      text: 'Handing over.',
    });
    expect(await notices().sweep()).toBe(1);
    expect(await notices().sweep()).toBe(0);
  });

  it('leaves a claimed ticket alone, and stays quiet without hours', async () => {
    const claimed = await handoff('s-claimed');
    await desk.claim(claimed.ticketId, 'sam');
    hours = { ...WEEKDAYS, businessHours: '' };
    const unset = await handoff('s-unset');
    expect(await notices().sweep()).toBe(0);
    expect(await texts(claimed.conversationId)).toHaveLength(2);
    expect(await texts(unset.conversationId)).toHaveLength(2);
  });

  it('gives the customer-facing turn the notice once, so the sweep does not repeat it', async () => {
    hours = WEEKDAYS;
    const { ticketId, conversationId } = await handoff('s-turn');
    const notice = await notices().claimForHandoff(ticketId, 'default', 'en');
    expect(notice).toContain('tomorrow from 09:00');
    expect(await notices().claimForHandoff(ticketId, 'default', 'en')).toBeNull();
    // The ticket of 's-unset' (no hours then) is told now that hours are set.
    expect(await notices().sweep()).toBe(1);
    expect(await texts(conversationId)).toHaveLength(2);
  });
});
