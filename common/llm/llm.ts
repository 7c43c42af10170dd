/**
 * The language-model port: one chat completion, optionally with tools. Adapters: OpenAI-compatible
 * (`openai-llm.ts`). The sidecar never lets a completion reach a customer unverified.
 */
export type LlmMessage =
  | { role: 'system' | 'user'; content: string }
  | { role: 'assistant'; content: string | null; toolCalls?: LlmToolCall[] }
  | { role: 'tool'; toolCallId: string; content: string };

export interface LlmToolCall {
  id: string;
  name: string;
  /** JSON text as the model produced it: parse and validate before use. */
  arguments: string;
}

export interface LlmToolSpec {
  name: string;
  description: string;
  /** JSON Schema of the arguments object. */
  parameters: Record<string, unknown>;
}

export interface LlmRequest {
  messages: LlmMessage[];
  tools?: LlmToolSpec[];
  /** Completion token cap for this call. */
  maxTokens: number;
  /** Abort the call after this many milliseconds. */
  timeoutMs: number;
  /** Sampling temperature. @default 0 */
  temperature?: number;
}

export interface LlmUsage {
  promptTokens: number;
  completionTokens: number;
}

export interface LlmResponse {
  content: string | null;
  toolCalls: LlmToolCall[];
  usage: LlmUsage;
  /** `stop`, `length`, `tool_calls`, … as the endpoint reported it. */
  finishReason: string;
  model: string;
}

export interface Llm {
  /** Model name as configured, recorded with every draft. */
  readonly model: string;
  /** Throws BackendUnavailableError on timeouts, network errors and non-2xx answers. */
  complete(request: LlmRequest): Promise<LlmResponse>;
}
