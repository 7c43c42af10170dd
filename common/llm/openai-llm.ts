import OpenAI from 'openai';
import { z } from 'zod';
import { BackendUnavailableError, formatIssuePath } from '../errors.js';
import type { Llm, LlmMessage, LlmRequest, LlmResponse } from './llm.js';

export interface OpenAiLlmOptions {
  apiKey: string;
  /** Any OpenAI-compatible endpoint (vLLM, Ollama, LiteLLM, a test server). @default OpenAI's */
  baseURL?: string;
  model: string;
}

/** The parts of a chat completion Verity reads; anything else the endpoint adds is ignored. */
const completionSchema = z.object({
  model: z.string(),
  choices: z
    .array(
      z.object({
        finish_reason: z.string().nullable(),
        message: z.object({
          content: z.string().nullable().optional(),
          tool_calls: z
            .array(
              z.object({
                id: z.string(),
                type: z.string(),
                function: z.object({ name: z.string(), arguments: z.string() }),
              }),
            )
            .nullable()
            .optional(),
        }),
      }),
    )
    .min(1),
  usage: z
    .object({ prompt_tokens: z.number().int().min(0), completion_tokens: z.number().int().min(0) })
    .optional(),
});

function toOpenAi(message: LlmMessage): OpenAI.Chat.Completions.ChatCompletionMessageParam {
  switch (message.role) {
    case 'system':
    case 'user':
      return { role: message.role, content: message.content };
    case 'assistant':
      return {
        role: 'assistant',
        content: message.content,
        ...(message.toolCalls && message.toolCalls.length > 0
          ? {
              tool_calls: message.toolCalls.map((c) => ({
                id: c.id,
                type: 'function' as const,
                function: { name: c.name, arguments: c.arguments },
              })),
            }
          : {}),
      };
    case 'tool':
      return { role: 'tool', tool_call_id: message.toolCallId, content: message.content };
  }
}

/** `Llm` over the `openai` client. No retries: a slow model falls back to the template instead. */
export class OpenAiLlm implements Llm {
  readonly model: string;
  private readonly client: OpenAI;

  constructor(options: OpenAiLlmOptions) {
    this.model = options.model;
    this.client = new OpenAI({ apiKey: options.apiKey, baseURL: options.baseURL, maxRetries: 0 });
  }

  async complete(request: LlmRequest): Promise<LlmResponse> {
    let raw: unknown;
    try {
      raw = await this.client.chat.completions.create(
        {
          model: this.model,
          messages: request.messages.map(toOpenAi),
          max_tokens: request.maxTokens,
          temperature: request.temperature ?? 0,
          ...(request.tools && request.tools.length > 0
            ? {
                tools: request.tools.map((t) => ({
                  type: 'function' as const,
                  function: { name: t.name, description: t.description, parameters: t.parameters },
                })),
              }
            : {}),
        },
        { timeout: request.timeoutMs },
      );
    } catch (error) {
      const reason = error instanceof OpenAI.APIConnectionTimeoutError ? 'timed out' : 'failed';
      throw new BackendUnavailableError('llm', `LLM call to ${this.model} ${reason}.`, error);
    }
    const parsed = completionSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new BackendUnavailableError(
        'llm',
        `LLM answered with an unexpected shape at ${formatIssuePath(issue?.path ?? [])}: ${issue?.message ?? 'invalid'}`,
      );
    }
    const [choice] = parsed.data.choices as [(typeof parsed.data.choices)[number]];
    return {
      content: choice.message.content ?? null,
      toolCalls: (choice.message.tool_calls ?? []).map((c) => ({
        id: c.id,
        name: c.function.name,
        arguments: c.function.arguments,
      })),
      usage: {
        promptTokens: parsed.data.usage?.prompt_tokens ?? 0,
        completionTokens: parsed.data.usage?.completion_tokens ?? 0,
      },
      finishReason: choice.finish_reason ?? 'stop',
      model: parsed.data.model,
    };
  }
}
