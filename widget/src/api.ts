/** The sidecar's chat API as the widget uses it (shapes: /api/openapi.json). */
export interface ProductCard {
  sku: string;
  name: string;
  url: string;
  imageUrl: string | null;
  price: number;
  regularPrice: number | null;
  currency: string;
  inStock: boolean;
  rating: number | null;
  reviewCount: number;
}

export interface OrderCard {
  number: string;
  statusLabel: string;
  placedAt: string;
  total: number;
  currency: string;
  carrier: string | null;
  trackingNumbers: string[];
  items: { sku: string; name: string; qty: number }[];
}

export interface ComparisonTable {
  columns: { sku: string; name: string }[];
  rows: { label: string; values: string[] }[];
}

export interface ChatReply {
  sessionId: string;
  messageId: string;
  reply: string;
  intent: string;
  products: ProductCard[];
  citations: { source: string; id: string; title?: string }[];
  escalation: { reason: string; ticketId: string } | null;
  quickReplies?: string[];
  order?: OrderCard | null;
  orders?: OrderCard[];
  comparison?: ComparisonTable | null;
}

export interface HistoryMessage {
  id: string;
  role: 'customer' | 'assistant' | 'system';
  text: string;
  products: ProductCard[];
}

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

  async send(body: { sessionId?: string; message: string; store: string }): Promise<ChatReply> {
    return this.request<ChatReply>('POST', '/api/chat/message', body);
  }

  async history(sessionId: string): Promise<HistoryMessage[]> {
    return (
      await this.request<{ messages: HistoryMessage[] }>(
        'GET',
        `/api/chat/history/${encodeURIComponent(sessionId)}`,
      )
    ).messages;
  }

  async feedback(body: { sessionId: string; messageId: string; rating: number }): Promise<void> {
    await this.request('POST', '/api/chat/feedback', body);
  }

  private async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const token = await this.token().catch(() => null);
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (token) headers.authorization = `Bearer ${token}`;
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
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
