import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';

/** One scripted answer of the fake endpoint. */
export interface ScriptedCompletion {
  /** Assistant text; null with tool calls. */
  content?: string | null;
  toolCalls?: Array<{ name: string; arguments: Record<string, unknown> | string }>;
  /** Answer after this many milliseconds (to test timeouts). */
  delayMs?: number;
  /** Answer with this HTTP status and an OpenAI-style error body. */
  status?: number;
  usage?: { prompt_tokens: number; completion_tokens: number };
}

/** A script: a fixed queue of answers (the last repeats), or a function of the request body. */
export type Script = ScriptedCompletion[] | ((body: ChatRequestBody, index: number) => ScriptedCompletion);

export interface ChatRequestBody {
  model: string;
  messages: Array<{ role: string; content: string | null; tool_call_id?: string }>;
  tools?: Array<{ type: string; function: { name: string } }>;
  max_tokens?: number;
}

export interface ScriptedOpenAiServer {
  /** Base URL for the `openai` client, ending in `/v1`. */
  baseURL: string;
  /** Every request body received, in order. */
  requests: ChatRequestBody[];
  close(): Promise<void>;
}

/**
 * A local OpenAI-compatible server (`POST /v1/chat/completions`) on a free port, answering from a script,
 * so tests drive the real `openai` client end to end without a model.
 */
export async function startScriptedOpenAiServer(script: Script): Promise<ScriptedOpenAiServer> {
  const requests: ChatRequestBody[] = [];
  const app = express();
  app.use(express.json({ limit: '2mb' }));
  app.post('/v1/chat/completions', async (req, res) => {
    const body = req.body as ChatRequestBody;
    const index = requests.length;
    requests.push(body);
    const answer =
      typeof script === 'function' ? script(body, index) : (script[Math.min(index, script.length - 1)] ?? {});
    if (answer.delayMs !== undefined) await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
    if (res.destroyed) return;
    if (answer.status !== undefined && answer.status >= 400) {
      res
        .status(answer.status)
        .json({ error: { message: 'scripted failure', type: 'server_error', code: null } });
      return;
    }
    const toolCalls = (answer.toolCalls ?? []).map((call, i) => ({
      id: `call_${index}_${i}`,
      type: 'function',
      function: {
        name: call.name,
        arguments: typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments),
      },
    }));
    res.json({
      id: `chatcmpl-${index}`,
      object: 'chat.completion',
      created: 1_700_000_000,
      model: body.model,
      choices: [
        {
          index: 0,
          finish_reason: toolCalls.length > 0 ? 'tool_calls' : 'stop',
          message: {
            role: 'assistant',
            content: answer.content ?? null,
            ...(toolCalls.length > 0 ? { tool_calls: toolCalls } : {}),
          },
        },
      ],
      usage: { ...(answer.usage ?? { prompt_tokens: 100, completion_tokens: 40 }), total_tokens: 0 },
    });
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
