/**
 * The sidecar's chat API as the widget uses it. The wire types are the sidecar's own
 * (`common/chat-api/`); `import type` keeps zod and the schemas out of the bundle.
 */
import type {
  Attachment,
  AttachmentCreated,
  ChatUpdates,
  ChatHistory,
  ChatGreeting,
  ChatMessageBody,
  ChatReply,
  FeedbackBody,
  HistoryMessage,
} from '../../common/chat-api/chat-api.js';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export class ChatApi {
  constructor(
    private readonly baseUrl: string,
    private readonly token: () => Promise<string | null>,
  ) {}

  async send(body: ChatMessageBody): Promise<ChatReply> {
    return this.request<ChatReply>('POST', '/api/chat/message', body);
  }

  /** The store's name and greeting for the store view (cached by the browser for a few minutes). */
  async greeting(store: string): Promise<ChatGreeting> {
    return this.request<ChatGreeting>('GET', `/api/chat/greeting?store=${encodeURIComponent(store)}`);
  }

  async history(sessionId: string): Promise<HistoryMessage[]> {
    return (await this.request<ChatHistory>('GET', `/api/chat/history/${encodeURIComponent(sessionId)}`))
      .messages;
  }

  /** Messages after `after` and the handoff's state (polled while a person may answer). */
  async updates(sessionId: string, after: string): Promise<ChatUpdates> {
    return this.request<ChatUpdates>(
      'GET',
      `/api/chat/updates/${encodeURIComponent(sessionId)}?after=${encodeURIComponent(after)}`,
    );
  }

  /** Uploads one evidence file (photo or PDF) to the session; the next message sends it by its id. */
  async upload(sessionId: string, file: File): Promise<Attachment> {
    const form = new FormData();
    form.append('sessionId', sessionId);
    form.append('file', file, file.name);
    return (await this.request<AttachmentCreated>('POST', '/api/chat/attachments', form)).attachment;
  }

  async feedback(body: FeedbackBody): Promise<void> {
    await this.request('POST', '/api/chat/feedback', body);
  }

  private async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const token = await this.token().catch(() => null);
    const headers: Record<string, string> = { accept: 'application/json' };
    const form = body instanceof FormData;
    // A form sets its own multipart content type (with the boundary).
    if (body !== undefined && !form) headers['content-type'] = 'application/json';
    if (token) headers.authorization = `Bearer ${token}`;
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      ...(body !== undefined ? { body: form ? body : JSON.stringify(body) } : {}),
    });
    const payload = (await response.json().catch(() => ({}))) as {
      error?: { code: string; message: string };
    };
    if (!response.ok) {
      throw new ApiError(
        response.status,
        payload.error?.code ?? 'http_error',
        payload.error?.message ?? `HTTP ${response.status}`,
      );
    }
    return payload as T;
  }
}
