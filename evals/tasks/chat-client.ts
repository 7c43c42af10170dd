import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { chatReplySchema, type ChatReply } from '../../common/chat-api/chat-api.js';
import { formatIssuePath } from '../../common/errors.js';

export interface ChatMessage {
  sessionId?: string;
  message: string;
  store: string;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost']);

/**
 * `POST /api/chat/message` as one shopper sends it. Against a sidecar on this machine the request
 * leaves from `clientAddress` (any 127.x.y.z is local on Linux), so per-address limits — the guest
 * verification attempts — count each task as its own shopper, as they would in a shop; elsewhere the
 * address is the machine's own.
 */
export async function sendChat(
  baseUrl: string,
  body: ChatMessage,
  token: string | null,
  clientAddress?: string,
): Promise<ChatReply> {
  const url = new URL('/api/chat/message', baseUrl);
  const payload = JSON.stringify(body);
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  const { status, text } = await new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          ...(token === null ? {} : { authorization: `Bearer ${token}` }),
        },
        ...(clientAddress !== undefined && LOOPBACK.has(url.hostname) ? { localAddress: clientAddress } : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
  if (status < 200 || status >= 300) throw new Error(`chat HTTP ${status}: ${text.slice(0, 300)}`);
  const parsed = chatReplySchema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `the reply does not fit the chat contract at ${formatIssuePath(issue?.path ?? [])}: ${issue?.message ?? ''}`,
    );
  }
  return parsed.data;
}
