import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbedded, type RunningEmbedded } from '../../../bin/start-embedded.js';
import { loadConfig } from '../../../common/config/config.js';
import { silentLogger } from '../../../common/logger.js';
import {
  startScriptedOpenAiServer,
  type ScriptedOpenAiServer,
} from '../../support/scripted-openai-server.js';

/**
 * The optional LLM only rephrases the verified template reply: an honest paraphrase is sent, an invented
 * policy value is blocked and the template goes out instead, and an outage falls back to the template.
 */
describe('chat with the optional LLM (scripted OpenAI-compatible server)', () => {
  let llm: ScriptedOpenAiServer;
  let running: RunningEmbedded;
  let dataDir: string;
  let mode: 'honest' | 'invent' | 'down' = 'honest';

  beforeAll(async () => {
    llm = await startScriptedOpenAiServer((body) => {
      const user = body.messages.find((m) => m.role === 'user')?.content ?? '';
      const approved = user.split('APPROVED REPLY:\n')[1]?.split('\n\n')[0] ?? '';
      if (mode === 'down') return { status: 503 };
      // The command generator's call (the `commands` tool): no reading, so the offline one stands.
      if (body.tools?.some((t) => t.function.name === 'commands')) return { content: 'NONE' };
      if (mode === 'invent')
        return { content: 'Good news: returns are free and accepted within 365 days, no questions asked!' };
      return { content: `Happy to help! ${approved}` };
    });
    dataDir = mkdtempSync(path.join(tmpdir(), 'verity-llm-'));
    const config = loadConfig({
      SANDBOX_PORT: '0',
      PORT: '0',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      EMBEDDER: 'hashing',
      OPENAI_API_KEY: 'test-key',
      OPENAI_BASE_URL: llm.baseURL,
    });
    running = await startEmbedded(config, silentLogger());
    await running.indexed;
  }, 240_000);

  afterAll(async () => {
    await running?.close();
    await llm?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function ask(message: string): Promise<{ reply: string; citations: { source: string }[] }> {
    const response = await fetch(`${running.sidecar.url}/api/chat/message`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ message }),
    });
    expect(response.status).toBe(200);
    return (await response.json()) as { reply: string; citations: { source: string }[] };
  }

  it('sends an honest paraphrase of the verified reply', async () => {
    mode = 'honest';
    const answer = await ask('What is your return policy for laptops?');
    expect(answer.reply).toMatch(/^Happy to help! For .*returns are accepted within \d+ days/);
    expect(answer.citations.some((c) => c.source === 'policy')).toBe(true);
  });

  it('blocks a draft that invents a policy and sends the template instead', async () => {
    mode = 'invent';
    const phrasings = () => llm.requests.filter((r) => !r.tools?.length).length;
    const before = phrasings();
    const answer = await ask('What is your return policy for laptops?');
    expect(phrasings()).toBe(before + 1);
    expect(answer.reply).not.toMatch(/365|free|no questions/i);
    expect(answer.reply).toMatch(/^For .*returns are accepted within \d+ days/);
  });

  it('falls back to the template when the LLM endpoint fails', async () => {
    mode = 'down';
    const answer = await ask('What is your return policy for laptops?');
    expect(answer.reply).toMatch(/^For .*returns are accepted within \d+ days/);
  });
});
