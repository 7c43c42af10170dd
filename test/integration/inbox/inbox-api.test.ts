import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatUpdatesSchema } from '../../../common/chat-api/chat-api.js';
import { signPayload, SIGNATURE_HEADER } from '../../../common/http/sign-payload.js';
import { WEEKDAYS } from '../../../common/magento/business-hours.js';
import { localClock } from '../../../sidecar/escalation/after-hours.js';
import { hashPassword } from '../../../sidecar/inbox/operator-passwords.js';
import { startTestInstance, type TestInstance } from '../../support/embedded-instance.js';
import { chatClient, request } from '../chat/chat-client.js';

/** Starting the embedded instance indexes the demo catalog: minutes on a slow machine. */
const START_TIMEOUT_MS = 180_000;
const TURN_TIMEOUT_MS = 60_000;

interface Session {
  cookie: string;
  csrf: string;
}

/**
 * The agent inbox's JSON API over real HTTP, with the embedded instance: sign-in, the queue, claim,
 * the person's answer reaching the customer's widget (polling), the assistant staying quiet, resolve
 * and hand back.
 */
describe('agent inbox API', () => {
  let instance: TestInstance;
  let chat: ReturnType<typeof chatClient>;
  let agent: Session;

  beforeAll(async () => {
    instance = await startTestInstance({
      INBOX_OPERATORS: [
        `sam:agent:${await hashPassword('correct horse')}:Sam`,
        `ada:admin:${await hashPassword('battery staple')}:Ada`,
      ].join(','),
    });
    chat = chatClient(instance.sidecarUrl);
    agent = await signIn('sam', 'correct horse');
  }, START_TIMEOUT_MS);

  afterAll(async () => {
    await instance?.close();
  }, 60_000);

  async function signIn(login: string, password: string): Promise<Session> {
    const response = await fetch(`${instance.sidecarUrl}/api/inbox/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login, password }),
    });
    expect(response.status).toBe(200);
    const setCookie = response.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    const body = (await response.json()) as { csrfToken: string };
    return { cookie: setCookie.split(';')[0]!, csrf: body.csrfToken };
  }

  const asAgent = (path: string, init: { body?: object; csrf?: boolean; session?: Session } = {}) => {
    const session = init.session ?? agent;
    return request(`${instance.sidecarUrl}${path}`, {
      ...(init.body ? { body: init.body } : {}),
      headers: {
        cookie: session.cookie,
        ...(init.csrf === false ? {} : { 'x-csrf-token': session.csrf }),
      },
    });
  };

  async function handoff(): Promise<{ sessionId: string; ticketId: string; messageId: string }> {
    const answer = await chat.send({ message: 'I want to talk to a human' });
    expect(answer.escalation).not.toBeNull();
    return {
      sessionId: answer.sessionId,
      ticketId: answer.escalation!.ticketId,
      messageId: answer.messageId,
    };
  }

  it('refuses a wrong password and a request without a session', async () => {
    const wrong = await request(`${instance.sidecarUrl}/api/inbox/session`, {
      body: { login: 'sam', password: 'wrong' },
    });
    expect(wrong.status).toBe(401);
    const anonymous = await request(`${instance.sidecarUrl}/api/inbox/tickets`);
    expect(anonymous.status).toBe(401);
  });

  it(
    'lists a new handoff with its reason, store view and waiting time, and shows its conversation and a verified draft',
    async () => {
      const { ticketId } = await handoff();
      const list = await asAgent('/api/inbox/tickets?status=open');
      expect(list.status).toBe(200);
      const entry = (list.body as { tickets: Record<string, unknown>[] }).tickets.find(
        (t) => t.id === ticketId,
      );
      expect(entry).toMatchObject({ reason: 'customer_asked', storeCode: 'default', status: 'open' });
      expect(entry!.waitingSeconds).toEqual(expect.any(Number));

      const view = await asAgent(`/api/inbox/tickets/${ticketId}`);
      expect(view.status).toBe(200);
      const body = view.body as {
        messages: { role: string; text: string }[];
        draft: { text: string; verified: boolean };
      };
      expect(body.messages.map((m) => m.role)).toEqual(['customer', 'assistant']);
      expect(body.messages[0]!.text).toBe('I want to talk to a human');
      expect(body.draft.verified).toBe(true);
      expect(body.draft.text).not.toContain('ticket )');
    },
    TURN_TIMEOUT_MS,
  );

  it(
    'needs the session CSRF token for a change',
    async () => {
      const { ticketId } = await handoff();
      const refused = await asAgent(`/api/inbox/tickets/${ticketId}/claim`, { body: {}, csrf: false });
      expect(refused.status).toBe(403);
    },
    TURN_TIMEOUT_MS,
  );

  it(
    "brings the person's answer into the customer's widget while the assistant stays quiet, then resolves",
    async () => {
      const { sessionId, ticketId, messageId } = await handoff();
      const claimed = await asAgent(`/api/inbox/tickets/${ticketId}/claim`, { body: {} });
      expect(claimed.status).toBe(200);
      expect(claimed.body).toMatchObject({ ticket: { status: 'claimed', claimedBy: 'sam' } });

      // The customer writes while the person holds the conversation: no assistant reply.
      const held = await chat.send({ sessionId, message: 'Are you there?' });
      expect(held.personHolds).toBe(true);
      expect(held.reply).toBe('');

      const sent = await asAgent(`/api/inbox/tickets/${ticketId}/reply`, {
        body: { text: 'Yes, I am looking at your order now.' },
      });
      expect(sent.status).toBe(201);

      const updates = chatUpdatesSchema.parse(
        (await request(`${instance.sidecarUrl}/api/chat/updates/${sessionId}?after=${messageId}`)).body,
      );
      expect(updates.handoff).toBe('with_person');
      const fromPerson = updates.messages.filter((m) => m.role === 'agent');
      expect(fromPerson.map((m) => m.text)).toEqual([
        "Hello, I'm Sam from the store's team. I've read our conversation and I'm here to help.",
        'Yes, I am looking at your order now.',
      ]);
      expect(fromPerson.every((m) => m.author === 'Sam, from our team')).toBe(true);
      // The quiet turn recorded the customer's message and nothing else.
      expect(updates.messages.some((m) => m.role === 'assistant')).toBe(false);

      const resolved = await asAgent(`/api/inbox/tickets/${ticketId}/resolve`, {
        body: { reason: 'Answered the question' },
      });
      expect(resolved.body).toMatchObject({
        ticket: { status: 'resolved', resolution: 'Answered the question' },
      });
      const after = chatUpdatesSchema.parse(
        (await request(`${instance.sidecarUrl}/api/chat/updates/${sessionId}?after=${held.messageId}`)).body,
      );
      expect(after.handoff).toBeNull();
      // The assistant answers again once nobody holds the conversation.
      const next = await chat.send({ sessionId, message: 'thanks' });
      expect(next.personHolds).toBeUndefined();
      expect(next.reply.length).toBeGreaterThan(0);
    },
    TURN_TIMEOUT_MS,
  );

  it(
    "keeps one live ticket per conversation and refuses another agent's claimed ticket",
    async () => {
      const { sessionId, ticketId } = await handoff();
      const again = await chat.send({ sessionId, message: 'I want to talk to a human' });
      // The conversation is escalated already: no second ticket.
      const tickets = await asAgent('/api/inbox/tickets?status=open,claimed');
      const mine = (tickets.body as { tickets: { id: string; conversationId: string }[] }).tickets.filter(
        (t) => t.id === ticketId || t.id === again.escalation?.ticketId,
      );
      expect(new Set(mine.map((t) => t.id)).size).toBe(1);
      const ada = await signIn('ada', 'battery staple');
      expect((await asAgent(`/api/inbox/tickets/${ticketId}/claim`, { body: {}, session: ada })).status).toBe(
        200,
      );
      const taken = await asAgent(`/api/inbox/tickets/${ticketId}/claim`, { body: {} });
      expect(taken.status).toBe(409);
      const refused = await asAgent(`/api/inbox/tickets/${ticketId}/reply`, { body: { text: 'hello' } });
      expect(refused.status).toBe(403);
      // An agent can always give a conversation back to the assistant.
      const back = await asAgent(`/api/inbox/tickets/${ticketId}/hand-back`, {
        body: { reason: 'Wrong queue' },
      });
      expect(back.body).toMatchObject({ ticket: { status: 'handed_back' } });
    },
    TURN_TIMEOUT_MS,
  );

  it(
    'tells a customer who hands off outside business hours when a person will answer, in the widget',
    async () => {
      // The eu_en store view (Europe/Paris) opens only the day after tomorrow: closed now.
      const day = WEEKDAYS[(localClock(new Date(), 'Europe/Paris').day + 2) % 7]!;
      instance.sandbox.data.fixture.core_config_data.push({
        path: 'verity/handoff/business_hours',
        scope: 'stores',
        scope_code: 'eu_en',
        value: `${day} 09:00-17:00`,
      });
      const answer = await chat.send({ message: 'I want to talk to a human', store: 'eu_en' });
      expect(answer.escalation).not.toBeNull();
      // The notice follows the handoff reply (a sweep every 15 s), through the widget's poll.
      let notice: string | undefined;
      for (let waited = 0; !notice && waited < 60_000; waited += 1_000) {
        const updates = chatUpdatesSchema.parse(
          (
            await request(
              `${instance.sidecarUrl}/api/chat/updates/${answer.sessionId}?after=${answer.messageId}`,
            )
          ).body,
        );
        expect(updates.handoff).toBe('waiting');
        notice = updates.messages.find((m) => m.role === 'assistant')?.text;
        if (!notice) await new Promise((r) => setTimeout(r, 1_000));
      }
      expect(notice).toMatch(
        /^Our team is not available right now\. A person will answer (on [A-Z][a-z]+day|tomorrow) from 09:00 \(Europe\/Paris time\), here in this chat\./,
      );
      const view = await asAgent(`/api/inbox/tickets/${answer.escalation!.ticketId}`);
      const body = view.body as { messages: { text: string }[]; ticket: { afterHoursNoticeAt: string } };
      expect(body.messages.at(-1)!.text).toBe(notice);
      expect(body.ticket.afterHoursNoticeAt).toEqual(expect.any(String));
    },
    TURN_TIMEOUT_MS + 60_000,
  );

  it(
    'cleans control characters from what a person types, and never answers 500 to them',
    async () => {
      const byKey = await request(`${instance.sidecarUrl}/api/inbox/conversations?customer=%00`, {
        token: instance.operatorKey,
      });
      expect(byKey.status).toBe(400);
      const { ticketId, sessionId, messageId } = await handoff();
      expect((await asAgent(`/api/inbox/tickets/${ticketId}/claim`, { body: {} })).status).toBe(200);
      const sent = await asAgent(`/api/inbox/tickets/${ticketId}/reply`, {
        body: { text: 'On my way\u0000 now' },
      });
      expect(sent.status).toBe(201);
      const updates = chatUpdatesSchema.parse(
        (await request(`${instance.sidecarUrl}/api/chat/updates/${sessionId}?after=${messageId}`)).body,
      );
      expect(updates.messages.map((m) => m.text)).toContain('On my way now');
      const empty = await asAgent(`/api/inbox/tickets/${ticketId}/resolve`, { body: { reason: '\u0000' } });
      expect(empty.status).toBe(400);
      const resolved = await asAgent(`/api/inbox/tickets/${ticketId}/resolve`, {
        body: { reason: 'Done\u0000' },
      });
      expect(resolved.body).toMatchObject({ ticket: { status: 'resolved', resolution: 'Done' } });
      const signIn = await request(`${instance.sidecarUrl}/api/inbox/session`, {
        body: { login: 'sam\u0000', password: 'wrong' },
      });
      expect(signIn.status).toBe(401);
    },
    TURN_TIMEOUT_MS,
  );

  it('lists and reads conversations for the operator key too', async () => {
    const list = await request(`${instance.sidecarUrl}/api/inbox/conversations?limit=5`, {
      token: instance.operatorKey,
    });
    expect(list.status).toBe(200);
    const first = (list.body as { conversations: { id: string }[] }).conversations[0]!;
    const read = await request(`${instance.sidecarUrl}/api/inbox/conversations/${first.id}`, {
      token: instance.operatorKey,
    });
    expect(read.body).toMatchObject({
      id: first.id,
      transcript: expect.any(Array),
      tickets: expect.any(Array),
    });
  });

  it(
    "exports and erases a customer's data for an admin, and when Magento deletes the customer",
    async () => {
      const { customers } = instance.sandbox.data.fixture;
      const customer = customers[0]!;
      const token = await instance.mintToken(customer);
      await chat.send({ message: 'I want to talk to a human' }, token);
      const asked = { customerId: String(customer.id) };
      expect((await asAgent('/api/privacy/export', { body: asked })).status).toBe(403);
      const exported = await request(`${instance.sidecarUrl}/api/privacy/export`, {
        body: asked,
        token: instance.operatorKey,
      });
      expect(exported.status).toBe(200);
      const data = exported.body as { conversations: { messages: { text: string }[] }[] };
      expect(data.conversations.flatMap((c) => c.messages.map((m) => m.text))).toContain(
        'I want to talk to a human',
      );

      const body = JSON.stringify({
        event: 'customer.deleted',
        customer_id: customer.id,
        email: customer.email,
      });
      const forged = await request(`${instance.sidecarUrl}/api/webhooks/customer-deleted`, {
        body,
        headers: { [SIGNATURE_HEADER]: 'sha256=00' },
      });
      expect(forged.status).toBe(401);
      const erased = await request(`${instance.sidecarUrl}/api/webhooks/customer-deleted`, {
        body,
        headers: { [SIGNATURE_HEADER]: signPayload(body, instance.sharedSecret) },
      });
      expect(erased.status).toBe(200);
      expect(erased.body).toMatchObject({ conversations: 1, tickets: 1 });
      const after = await request(`${instance.sidecarUrl}/api/privacy/export`, {
        body: asked,
        token: instance.operatorKey,
      });
      expect((after.body as { conversations: unknown[] }).conversations).toEqual([]);
    },
    TURN_TIMEOUT_MS,
  );
});
