import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { chatReplySchema, type ChatReply } from '../../../common/chat-api/chat-api.js';

/** The tests read replies through the API's own schema, so a reply that breaks the contract fails them. */
export { chatReplySchema };
export type ChatReplyBody = ChatReply;

export const errorBodySchema = z.object({
  error: z.looseObject({ code: z.string().min(1), message: z.string().min(1) }),
});

export interface HttpResult {
  status: number;
  body: unknown;
  text: string;
}

/** One HTTP request; the body is parsed as JSON when it is JSON. */
export async function request(
  url: string,
  init: { method?: string; body?: string | object; token?: string; headers?: Record<string, string> } = {},
): Promise<HttpResult> {
  const body = typeof init.body === 'object' ? JSON.stringify(init.body) : init.body;
  const response = await fetch(url, {
    method: init.method ?? (body === undefined ? 'GET' : 'POST'),
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      ...init.headers,
    },
    ...(body === undefined ? {} : { body }),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Not JSON: the raw text is kept for the assertion message.
  }
  return { status: response.status, body: parsed, text };
}

/** A chat client bound to one sidecar; `send` expects a 200 and a well-formed reply. */
export function chatClient(sidecarUrl: string) {
  return {
    async send(body: { sessionId?: string; message: string; store?: string }, token?: string) {
      const result = await request(`${sidecarUrl}/api/chat/message`, { body, ...(token ? { token } : {}) });
      if (result.status !== 200) throw new Error(`chat returned ${result.status}: ${result.text}`);
      return chatReplySchema.parse(result.body);
    },
    raw: (body: string | object, token?: string) =>
      request(`${sidecarUrl}/api/chat/message`, { body, ...(token ? { token } : {}) }),
  };
}

export interface ReceivedWebhook {
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A local HTTP server standing in for the merchant's help desk: records every POST it gets. */
export async function startWebhookReceiver(): Promise<{
  url: string;
  received: ReceivedWebhook[];
  close(): Promise<void>;
}> {
  const received: ReceivedWebhook[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/handoff`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Polls `check` until it returns a value, at most `attempts` times `intervalMs` apart. */
export async function eventually<T>(
  check: () => Promise<T | undefined>,
  attempts: number,
  intervalMs: number,
): Promise<T | undefined> {
  for (let i = 0; i < attempts; i += 1) {
    const value = await check();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  return undefined;
}
