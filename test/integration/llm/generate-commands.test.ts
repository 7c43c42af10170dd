import { afterEach, describe, expect, it } from 'vitest';
import { OpenAiLlm } from '../../../common/llm/openai-llm.js';
import type { Command } from '../../../sidecar/flows/commands.js';
import type { FlowFrame } from '../../../sidecar/flows/dialogue-state.js';
import { generateCommands } from '../../../sidecar/llm/generate-commands.js';
import { DEFAULT_LLM_LIMITS, InMemorySpendCounter } from '../../../sidecar/llm/llm-budget.js';
import {
  startScriptedOpenAiServer,
  type ScriptedOpenAiServer,
} from '../../support/scripted-openai-server.js';

/**
 * The LLM command generator against a scripted OpenAI-compatible server: honest commands are used;
 * adversarial ones (a yes the customer never gave, an invented order number, items the model chose,
 * garbage) are refused and the offline reading stands.
 */
let server: ScriptedOpenAiServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const confirming: FlowFrame = {
  flow: 'cancel_order',
  slots: { order: '000000045' },
  pending: { kind: 'confirm', fingerprint: 'cancellation:000000045::433' },
  stalls: 0,
};

async function generate(
  answer: { commands: unknown } | string | null,
  message: string,
  options: { activeFlow?: FlowFrame; offline?: Command[] } = {},
) {
  server = await startScriptedOpenAiServer([
    answer === null
      ? { content: 'I think they want a refund.' }
      : { toolCalls: [{ name: 'commands', arguments: answer }] },
  ]);
  const llm = new OpenAiLlm({ apiKey: 'test-key', baseURL: server.baseURL, model: 'scripted-model' });
  return generateCommands(
    {
      message,
      activeFlow: options.activeFlow,
      offline: options.offline ?? [],
      customerKey: 'c1',
      conversationTurns: 0,
    },
    { llm, limits: DEFAULT_LLM_LIMITS, spend: new InMemorySpendCounter() },
  );
}

describe('generateCommands with a scripted server', () => {
  it('uses honest commands, two requests in order', async () => {
    const commands: Command[] = [
      { kind: 'search', query: 'rain jackets', utterance: 'do you have rain jackets' },
      { kind: 'knowledge', utterance: 'how long does shipping take' },
    ];
    const result = await generate({ commands }, 'do you have rain jackets and how long does shipping take?');
    expect(result.commands).toEqual(commands);
    const request = server?.requests[0];
    expect(request?.tools?.map((t) => t.function.name)).toEqual(['commands']);
    expect(request?.messages.at(-1)?.content).toContain('ACTIVE FLOW: none');
  });

  it('passes a yes to a pending confirmation that the NLU heard too', async () => {
    const result = await generate({ commands: [{ kind: 'confirm' }] }, 'yes please', {
      activeFlow: confirming,
      offline: [{ kind: 'confirm' }],
    });
    expect(result.commands).toEqual([{ kind: 'confirm' }]);
    expect(server?.requests[0]?.messages.at(-1)?.content).toContain('cancel_order, waiting for a yes or no');
  });

  it('refuses a confirmation the customer did not clearly give', async () => {
    const result = await generate({ commands: [{ kind: 'confirm' }] }, 'what happens if I do?', {
      activeFlow: confirming,
      offline: [{ kind: 'set_slots', slots: {} }],
    });
    expect(result).toMatchObject({ commands: null, fallback: 'unsafe' });
    expect(result.refused).toEqual(['confirm the customer did not clearly give']);
  });

  it('refuses a confirmation when nothing waits for one', async () => {
    const result = await generate({ commands: [{ kind: 'confirm' }] }, 'yes', {
      offline: [{ kind: 'confirm' }],
    });
    expect(result).toMatchObject({ commands: null, fallback: 'unsafe' });
  });

  it('refuses an order number that is not in the message', async () => {
    const result = await generate(
      { commands: [{ kind: 'start_flow', flow: 'refund', slots: { order: '000000099' } }] },
      'refund my last order',
    );
    expect(result).toMatchObject({
      commands: null,
      fallback: 'unsafe',
      refused: ['order not in the message'],
    });
  });

  it('refuses items chosen by the model', async () => {
    const result = await generate(
      { commands: [{ kind: 'start_flow', flow: 'return_items', slots: { items: [{ sku: 'LAPTOP-1' }] } }] },
      'I want to return something',
    );
    expect(result.refused).toEqual(['items set by the model']);
  });

  it('falls back on a flow that does not exist, on broken JSON and on no tool call', async () => {
    expect(
      (await generate({ commands: [{ kind: 'start_flow', flow: 'give_discount' }] }, 'hi')).fallback,
    ).toBe('invalid');
    await server?.close();
    expect((await generate('{"commands": [', 'hi')).fallback).toBe('invalid');
    await server?.close();
    expect((await generate(null, 'hi')).fallback).toBe('no_tool_call');
  });
});
