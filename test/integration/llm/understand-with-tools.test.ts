import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { OpenAiLlm } from '../../../common/llm/openai-llm.js';
import { DEFAULT_LLM_LIMITS, InMemorySpendCounter } from '../../../sidecar/llm/llm-budget.js';
import { defineTool, understandWithTools } from '../../../sidecar/llm/understand-with-tools.js';
import {
  startScriptedOpenAiServer,
  type Script,
  type ScriptedOpenAiServer,
} from '../../support/scripted-openai-server.js';

let server: ScriptedOpenAiServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const orderStatus = defineTool({
  name: 'get_order_status',
  description: "Status of one of the customer's orders.",
  schema: z.object({ orderNumber: z.string().regex(/^\d{9}$/) }),
  handler: async ({ orderNumber }) => ({ orderNumber, status: 'complete' }),
});

async function understand(script: Script, maxToolRounds = 3) {
  server = await startScriptedOpenAiServer(script);
  const llm = new OpenAiLlm({ apiKey: 'test-key', baseURL: server.baseURL, model: 'scripted-model' });
  return understandWithTools(
    'Where is order 000000123?',
    { customerKey: 'c1', conversationTurns: 0 },
    [orderStatus],
    {
      llm,
      limits: { ...DEFAULT_LLM_LIMITS, maxToolRounds },
      spend: new InMemorySpendCounter(),
    },
  );
}

describe('understandWithTools with a scripted server', () => {
  it('runs the deterministic handler the model calls and returns its result', async () => {
    const result = await understand([
      { toolCalls: [{ name: 'get_order_status', arguments: { orderNumber: '000000123' } }] },
      { content: 'NONE' },
    ]);
    expect(result.calls).toEqual([
      {
        name: 'get_order_status',
        args: { orderNumber: '000000123' },
        result: { orderNumber: '000000123', status: 'complete' },
        ok: true,
      },
    ]);
    expect(result.rounds).toBe(2);
    const tools = server?.requests[0]?.tools?.map((t) => t.function.name);
    expect(tools).toEqual(['get_order_status']);
    const second = server?.requests[1]?.messages.at(-1);
    expect(second).toMatchObject({ role: 'tool', tool_call_id: 'call_0_0' });
  });

  it('refuses invalid arguments and unknown tools as values', async () => {
    const result = await understand([
      {
        toolCalls: [
          { name: 'get_order_status', arguments: { orderNumber: 'DROP TABLE' } },
          { name: 'issue_refund', arguments: { amount: 1000 } },
          { name: 'get_order_status', arguments: '{not json' },
        ],
      },
      { content: 'NONE' },
    ]);
    expect(result.calls.map((c) => [c.name, c.ok])).toEqual([
      ['get_order_status', false],
      ['issue_refund', false],
      ['get_order_status', false],
    ]);
    expect(String(result.calls[0]?.result)).toContain('invalid arguments');
  });

  it('stops after the round cap even if the model keeps calling tools', async () => {
    const result = await understand(
      [{ toolCalls: [{ name: 'get_order_status', arguments: { orderNumber: '000000123' } }] }],
      2,
    );
    expect(result.rounds).toBe(2);
    expect(server?.requests).toHaveLength(2);
  });

  it('reports an outage as a fallback', async () => {
    const result = await understand([{ status: 503 }]);
    expect(result).toMatchObject({ fallback: 'llm_unavailable', calls: [] });
  });
});
