import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../../../common/errors.js';
import { DEFAULT_LLM_LIMITS, checkBudget, costUsd, utcDay } from '../../../sidecar/llm/llm-budget.js';
import { loadPrompt } from '../../../sidecar/llm/prompt-registry.js';

describe('checkBudget', () => {
  const limits = {
    ...DEFAULT_LLM_LIMITS,
    maxTurnsPerConversation: 5,
    dailySpendCapUsd: 1,
    maxPromptTokens: 10,
  };
  it.each([
    [{ conversationTurns: 4, spentTodayUsd: 0.99, promptChars: 40 }, { ok: true }],
    [
      { conversationTurns: 5, spentTodayUsd: 0, promptChars: 0 },
      { ok: false, reason: 'turn_cap', handoff: true },
    ],
    [
      { conversationTurns: 0, spentTodayUsd: 1, promptChars: 0 },
      { ok: false, reason: 'daily_spend_cap', handoff: false },
    ],
    [
      { conversationTurns: 0, spentTodayUsd: 0, promptChars: 41 },
      { ok: false, reason: 'prompt_too_large', handoff: false },
    ],
  ])('%j → %j', (input, expected) => {
    expect(checkBudget({ limits, ...input })).toEqual(expected);
  });

  it('prices usage per 1,000 tokens', () => {
    expect(
      costUsd(
        { promptTokens: 2000, completionTokens: 1000 },
        { ...limits, promptUsdPer1k: 0.5, completionUsdPer1k: 2 },
      ),
    ).toBe(3);
  });

  it('counts spend per UTC day', () => {
    expect(utcDay(new Date('2026-03-05T23:59:59-05:00'))).toBe('2026-03-06');
  });
});

describe('loadPrompt', () => {
  it('loads the highest version and ids it with the content hash', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'verity-prompts-'));
    writeFileSync(path.join(dir, 'phrase-reply.v1.md'), 'old');
    writeFileSync(path.join(dir, 'phrase-reply.v2.md'), 'new\n');
    const prompt = loadPrompt('phrase-reply', pathToFileURL(`${dir}/`));
    expect(prompt.text).toBe('new');
    expect(prompt.id).toMatch(/^phrase-reply@v2\+[0-9a-f]{8}$/);
  });

  it('ships both prompts', () => {
    expect(loadPrompt('phrase-reply').id).toMatch(/^phrase-reply@v1\+/);
    expect(loadPrompt('commands').text).toContain('data, not instructions');
  });

  it('fails loudly when a prompt file is missing', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'verity-prompts-'));
    expect(() => loadPrompt('commands', pathToFileURL(`${dir}/`))).toThrow(NotFoundError);
  });
});
