import { testTurn } from '../../support/flow-turn.js';
import { describe, expect, it } from 'vitest';
import type { Command } from '../../../sidecar/flows/commands.js';
import { newDialogueState, type DialogueState } from '../../../sidecar/flows/dialogue-state.js';
import {
  FlowEngine,
  MAX_STALLS,
  WITHDRAWAL_TURNS,
  type FlowRuntime,
  type StepResult,
} from '../../../sidecar/flows/flow-engine.js';
import { FLOWS } from '../../../sidecar/flows/flow-registry.js';
import { outcome } from '../../../sidecar/flows/skills/outcome.js';
import type { Turn } from '../../../sidecar/flows/turn.js';

/**
 * The engine over the real flow definitions with scripted tools: what the customer sees and what runs
 * depends only on commands and tool results, so every rule (confirmation, correction, digression,
 * queued requests, loop caps) is tested without a store.
 */
function turnOf(state: DialogueState, text = 'message'): Turn {
  return testTurn(text, state);
}

/** A store where order 100 exists; actions are approved for $40 unless `deny` is set. */
function scriptedRuntime(
  script: { deny?: boolean; executed?: string[]; shipped?: boolean } = {},
): FlowRuntime {
  const executed = (script.executed ??= []);
  const next: StepResult = { kind: 'next' };
  return {
    flows: FLOWS,
    tools: {
      find_order: async (c) =>
        c.slot('order') ? next : { kind: 'ask', slot: 'order', reply: outcome('Which order?') },
      verify_order: async (c) => {
        if (c.slot('order') !== '100') return { kind: 'ask', slot: 'order', reply: outcome('Not found.') };
        return next;
      },
      select_items: async (c) =>
        c.slot('items') ? next : { kind: 'ask', slot: 'items', reply: outcome('Which items?') },
      answer_return_under_way: async () => next,
      offer_cancellation_if_unshipped: async (c) =>
        c.slot('reason') === 'damaged' && !script.shipped
          ? { kind: 'switch', flow: 'cancel_order', reply: outcome('Not shipped yet; I can cancel it.') }
          : next,
      preview_action: async (c) => {
        if (script.deny) return { kind: 'end', reply: outcome('Refused.') };
        const items = (c.slot('items') ?? []).map((i) => i.sku).join(',');
        return {
          kind: 'confirm',
          fingerprint: `${c.frame.flow}:${c.slot('order')}:${items}`,
          reply: outcome(`Confirm ${c.frame.flow} of ${items || 'order'} on ${c.slot('order')}?`),
        };
      },
      execute_action: async (c) => {
        executed.push(
          `${c.frame.flow}:${c.slot('order')}:${(c.slot('items') ?? []).map((i) => i.sku).join(',')}`,
        );
        return { kind: 'end', reply: outcome('Done.') };
      },
      check_not_shipped: async () =>
        script.shipped
          ? { kind: 'end', reply: outcome('Shipped already.', { escalate: 'action_needs_review' }) }
          : next,
      confirm_address: async (c) => ({
        kind: 'confirm',
        fingerprint: `address:${c.slot('address')}`,
        reply: outcome(`New address ${c.slot('address')}?`),
      }),
    },
    skills: {
      search_products: async (c) => outcome(`Products for "${c.turn.text}".`),
      answer_product_question: async () => outcome('Product answer.'),
      compare_products: async () => outcome('Comparison.'),
      check_stock: async () => outcome('In stock.'),
      check_price: async () => outcome('$10.'),
      order_status: async (c) => outcome(`Order ${c.slot('order')} is shipped.`),
      order_list: async () => outcome('Your orders.'),
      answer_policy_question: async (c) => outcome(`Policy for "${c.turn.text}".`),
      account_help: async () => outcome('Account help.'),
      request_summary: async (c) => outcome(`Summary ${JSON.stringify(c.frame.slots)}.`),
    },
    clauseTurn: async (turn, text) => ({
      ...turn,
      text,
      understanding: testTurn(text, turn.state).understanding,
    }),
    chitchat: (_turn, topic) => outcome(topic === 'greeting' ? 'Hello!' : topic),
  };
}

function session() {
  return newDialogueState({ sessionId: 's', conversationId: 'c', storeCode: 'default', customerId: null });
}

async function say(engine: FlowEngine, state: DialogueState, ...commands: Command[]) {
  const result = await engine.run(commands, turnOf(state));
  return { ...result, text: result.parts.map((p) => p.reply).join(' | ') };
}

describe('flow engine', () => {
  it('collects what a flow needs, then answers', async () => {
    const engine = new FlowEngine(scriptedRuntime());
    const state = session();
    expect((await say(engine, state, { kind: 'start_flow', flow: 'order_status' })).text).toBe(
      'Which order?',
    );
    expect(state.flows[0]?.pending).toEqual({ kind: 'collect', slot: 'order' });
    const answer = await say(engine, state, { kind: 'set_slots', slots: { order: '100' } });
    expect(answer.text).toBe('Order 100 is shipped.');
    expect(state.flows).toEqual([]);
    expect(state.lastFlow).toBe('order_status');
  });

  it('asks to confirm the exact consequence and acts only on a yes to it', async () => {
    const executed: string[] = [];
    const engine = new FlowEngine(scriptedRuntime({ executed }));
    const state = session();
    const first = await say(engine, state, {
      kind: 'start_flow',
      flow: 'return_items',
      slots: { order: '100', items: [{ sku: 'EAR' }] },
    });
    expect(first.text).toBe('Confirm return_items of EAR on 100?');
    expect(executed).toEqual([]);
    expect((await say(engine, state, { kind: 'confirm' })).text).toBe('Done.');
    expect(executed).toEqual(['return_items:100:EAR']);
  });

  it('acts on nothing after a no, and a later yes confirms nothing', async () => {
    const executed: string[] = [];
    const engine = new FlowEngine(scriptedRuntime({ executed }));
    const state = session();
    await say(engine, state, { kind: 'start_flow', flow: 'cancel_order', slots: { order: '100' } });
    expect((await say(engine, state, { kind: 'deny' })).text).toMatch(/nothing has changed/);
    expect((await say(engine, state, { kind: 'confirm' })).text).toMatch(/What would you like to do next/);
    // A no with nothing under way is not met with "Great".
    expect((await say(engine, state, { kind: 'deny' })).text).toBe(
      'All right. Is there anything else I can help with?',
    );
    expect((await say(engine, state, { kind: 'cancel_flow' })).text).toBe(
      'All right. Is there anything else I can help with?',
    );
    expect(executed).toEqual([]);
  });

  it('re-shows the confirmation on hesitation, without acting', async () => {
    const executed: string[] = [];
    const engine = new FlowEngine(scriptedRuntime({ executed }));
    const state = session();
    await say(engine, state, { kind: 'start_flow', flow: 'cancel_order', slots: { order: '100' } });
    expect((await say(engine, state, { kind: 'set_slots', slots: {} })).text).toBe(
      'Confirm cancel_order of order on 100?',
    );
    expect(executed).toEqual([]);
  });

  it('a correction changes one slot and asks again for the new consequence', async () => {
    const executed: string[] = [];
    const engine = new FlowEngine(scriptedRuntime({ executed }));
    const state = session();
    await say(engine, state, {
      kind: 'start_flow',
      flow: 'refund',
      slots: { order: '100', items: [{ sku: 'A' }] },
    });
    const corrected = await say(engine, state, { kind: 'correct_slots', slots: { items: [{ sku: 'B' }] } });
    expect(corrected.text).toBe('Confirm refund of B on 100?');
    await say(engine, state, { kind: 'confirm' });
    expect(executed).toEqual(['refund:100:B']);
  });

  it('a yes given before the consequence changed does not carry over to the new one', async () => {
    const executed: string[] = [];
    const engine = new FlowEngine(scriptedRuntime({ executed }));
    const state = session();
    await say(engine, state, {
      kind: 'start_flow',
      flow: 'refund',
      slots: { order: '100', items: [{ sku: 'A' }] },
    });
    const both = await say(
      engine,
      state,
      { kind: 'confirm' },
      { kind: 'correct_slots', slots: { items: [{ sku: 'B' }] } },
    );
    expect(both.text).toBe('Confirm refund of B on 100?');
    expect(executed).toEqual([]);
  });

  it('serves two requests of one message in order', async () => {
    const engine = new FlowEngine(scriptedRuntime());
    const state = session();
    const result = await say(
      engine,
      state,
      { kind: 'search', query: 'rain jackets', utterance: 'do you have rain jackets' },
      { kind: 'knowledge', utterance: 'how long does shipping take' },
    );
    expect(result.text).toBe(
      'Products for "do you have rain jackets". | Policy for "how long does shipping take".',
    );
    expect(result.ran).toEqual(['find_products', 'policy_question']);
  });

  it('a request handed to a person does not drop a status asked in the same message', async () => {
    const engine = new FlowEngine(scriptedRuntime({ shipped: true }));
    const state = session();
    const result = await say(
      engine,
      state,
      {
        kind: 'start_flow',
        flow: 'change_address',
        slots: { order: '100' },
        utterance: 'change the address of 100',
      },
      { kind: 'start_flow', flow: 'order_status', slots: { order: '100' }, utterance: 'and where is it' },
      { kind: 'start_flow', flow: 'cancel_order', slots: { order: '100' }, utterance: 'or cancel it' },
    );
    expect(result.text).toBe('Shipped already. | Order 100 is shipped.');
    expect(result.escalation?.reason).toBe('action_needs_review');
    expect(result.escalation?.flow?.name).toBe('change_address');
    // An action after the handoff is left to the person, not started.
    expect(result.ran).toEqual(['change_address', 'order_status']);
  });

  it('a change of mind right after a handoff withdraws the request on its ticket', async () => {
    const engine = new FlowEngine(scriptedRuntime());
    const state = session();
    state.turns = 4;
    state.escalation = {
      ticketId: 'abcdef12-0000-4000-8000-000000000000',
      reason: 'action_needs_review',
      turn: 4,
    };
    const keep = testTurn("no, leave it, I'll keep it", state, {
      intent: 'deny',
      flags: { changeOfMind: true },
    });
    const result = await engine.run([{ kind: 'deny' }], keep);
    expect(result.withdrawn).toEqual({ ticketId: 'abcdef12-0000-4000-8000-000000000000' });
    expect(result.parts.map((p) => p.reply).join(' ')).toMatch(
      /noted .*\(reference ABCDEF12\).* no longer want it/,
    );
    // A plain "no thanks", or a change of mind turns later, withdraws nothing.
    const noThanks = await engine.run([{ kind: 'deny' }], testTurn('no thanks', state, { intent: 'deny' }));
    expect(noThanks.withdrawn).toBeUndefined();
    state.turns = 4 + WITHDRAWAL_TURNS + 1;
    const later = await engine.run([{ kind: 'deny' }], keep);
    expect(later.withdrawn).toBeUndefined();
    expect(later.parts[0]?.reply).toBe('All right. Is there anything else I can help with?');
  });

  it('a new request after "which product?" leaves that question behind', async () => {
    const engine = new FlowEngine(scriptedRuntime());
    const state = session();
    state.flows.push({
      flow: 'product_question',
      slots: {},
      stalls: 0,
      pending: { kind: 'collect', slot: 'products' },
    });
    const result = await say(engine, state, {
      kind: 'start_flow',
      flow: 'order_status',
      slots: { order: '100' },
    });
    expect(result.text).toBe('Order 100 is shipped.');
    expect(state.flows).toEqual([]);
  });

  it('answers a request that needs nothing first, so the other request’s question ends the reply', async () => {
    const engine = new FlowEngine(scriptedRuntime());
    const state = session();
    const first = await say(
      engine,
      state,
      { kind: 'start_flow', flow: 'order_status' },
      { kind: 'knowledge', utterance: 'what is your return window' },
    );
    expect(first.text).toBe('Policy for "what is your return window". | Which order?');
    const second = await say(engine, state, { kind: 'set_slots', slots: { order: '100' } });
    expect(second.text).toBe('Order 100 is shipped.');
  });

  it('queues a second request that asks behind one that asks, and runs it when the first is done', async () => {
    const engine = new FlowEngine(scriptedRuntime());
    const state = session();
    const first = await say(
      engine,
      state,
      { kind: 'start_flow', flow: 'order_status' },
      { kind: 'start_flow', flow: 'cancel_order' },
    );
    expect(first.text).toBe('Which order?');
    const second = await say(engine, state, { kind: 'set_slots', slots: { order: '100' } });
    expect(second.text).toBe('Order 100 is shipped. | Confirm cancel_order of order on 100?');
  });

  it('answers a digression and resumes the interrupted flow with its question', async () => {
    const engine = new FlowEngine(scriptedRuntime());
    const state = session();
    await say(engine, state, { kind: 'start_flow', flow: 'change_address', slots: { order: '100' } });
    expect(state.flows.at(-1)?.pending).toEqual({ kind: 'collect', slot: 'address' });
    const aside = await say(engine, state, { kind: 'knowledge', utterance: 'do you ship to Canada' });
    expect(aside.text).toBe(
      'Policy for "do you ship to Canada". | What is the new delivery address, with its postcode?',
    );
    const readBack = await say(engine, state, {
      kind: 'set_slots',
      slots: { address: '1 Main St, Austin TX 78704' },
    });
    expect(readBack.text).toBe('New address 1 Main St, Austin TX 78704?');
    const done = await say(engine, state, { kind: 'confirm' });
    expect(done.escalation).toEqual({
      reason: 'action_needs_review',
      flow: { name: 'change_address', slots: { order: '100', address: '1 Main St, Austin TX 78704' } },
    });
  });

  it('reads a new address back and asks again after a correction, handing off only the confirmed one', async () => {
    const engine = new FlowEngine(scriptedRuntime());
    const state = session();
    const first = await say(engine, state, {
      kind: 'start_flow',
      flow: 'change_address',
      slots: { order: '100', address: '88 Lake Ave, Austin TX 78703' },
    });
    expect(first.text).toBe('New address 88 Lake Ave, Austin TX 78703?');
    const corrected = await say(engine, state, {
      kind: 'correct_slots',
      slots: { address: '88 Lake Ave, Austin TX 78704' },
    });
    expect(corrected.text).toBe('New address 88 Lake Ave, Austin TX 78704?');
    expect(corrected.escalation).toBeUndefined();
    const done = await say(engine, state, { kind: 'confirm' });
    expect(done.escalation).toMatchObject({
      flow: { slots: { address: '88 Lake Ave, Austin TX 78704' } },
    });
  });

  it('items named anew at a confirmation replace the lines chosen before; nothing is confirmed', async () => {
    const executed: string[] = [];
    const engine = new FlowEngine(scriptedRuntime({ executed }));
    const state = session();
    const first = await say(engine, state, {
      kind: 'start_flow',
      flow: 'return_items',
      slots: { order: '100', items: [{ sku: 'A' }] },
    });
    expect(first.text).toBe('Confirm return_items of A on 100?');
    const revised = await say(engine, state, {
      kind: 'correct_slots',
      slots: { item_mentions: [{ phrase: 'earbuds', quantifier: 'unspecified' }] },
    });
    expect(revised.text).toBe('Which items?');
    expect(state.flows.at(-1)?.slots.items).toBeUndefined();
    expect(executed).toEqual([]);
  });

  it('a yes that restates the request acts only when it comes to the consequence shown', async () => {
    const executed: string[] = [];
    const engine = new FlowEngine(scriptedRuntime({ executed }));
    const state = session();
    await say(engine, state, {
      kind: 'start_flow',
      flow: 'return_items',
      slots: { order: '100', items: [{ sku: 'A' }] },
    });
    // "yes, but the B one": not what was shown, so nothing runs and the new consequence is asked.
    const other = await say(
      engine,
      state,
      { kind: 'correct_slots', slots: { items: [{ sku: 'B' }] } },
      { kind: 'confirm' },
    );
    expect(other.text).toBe('Confirm return_items of B on 100?');
    expect(executed).toEqual([]);
    // "yes, just the B one": what was shown now, so it runs.
    const same = await say(
      engine,
      state,
      { kind: 'correct_slots', slots: { items: [{ sku: 'B' }] } },
      { kind: 'confirm' },
    );
    expect(same.text).toBe('Done.');
    expect(executed).toEqual(['return_items:100:B']);
  });

  it('a change of mind between actions replaces the first action', async () => {
    const executed: string[] = [];
    const engine = new FlowEngine(scriptedRuntime({ executed }));
    const state = session();
    await say(engine, state, {
      kind: 'start_flow',
      flow: 'return_items',
      slots: { order: '100', items: [{ sku: 'A' }] },
    });
    const switched = await say(engine, state, { kind: 'start_flow', flow: 'cancel_order' });
    expect(switched.text).toBe('Confirm cancel_order of order on 100?');
    expect(state.flows.map((f) => f.flow)).toEqual(['cancel_order']);
  });

  it('cancel_flow drops the flow and says nothing changed', async () => {
    const engine = new FlowEngine(scriptedRuntime());
    const state = session();
    await say(engine, state, { kind: 'start_flow', flow: 'return_items' });
    expect((await say(engine, state, { kind: 'cancel_flow' })).text).toMatch(/dropped that/);
    expect(state.flows).toEqual([]);
  });

  it('a damage claim on an unshipped order switches to a confirmed cancellation', async () => {
    const executed: string[] = [];
    const engine = new FlowEngine(scriptedRuntime({ executed }));
    const state = session();
    const offer = await say(engine, state, {
      kind: 'start_flow',
      flow: 'refund',
      slots: { order: '100', reason: 'damaged' },
    });
    expect(offer.text).toBe('Not shipped yet; I can cancel it. | Confirm cancel_order of order on 100?');
    await say(engine, state, { kind: 'confirm' });
    expect(executed).toEqual(['cancel_order:100:']);
  });

  it('hands off after the same question is asked MAX_STALLS times', async () => {
    const engine = new FlowEngine(scriptedRuntime());
    const state = session();
    await say(engine, state, { kind: 'start_flow', flow: 'order_status' });
    let last;
    for (let i = 0; i < MAX_STALLS; i++) last = await say(engine, state, { kind: 'set_slots', slots: {} });
    expect(last?.escalation?.reason).toBe('repeated_misunderstanding');
    expect(state.flows).toEqual([]);
  });

  it('continues the last flow when a bare order number follows its answer', async () => {
    const engine = new FlowEngine(scriptedRuntime());
    const state = session();
    await say(engine, state, { kind: 'start_flow', flow: 'order_status', slots: { order: '100' } });
    state.slots = {};
    const next = await say(engine, state, { kind: 'set_slots', slots: { order: '100' } });
    expect(next.text).toBe('Order 100 is shipped.');
  });

  it('drops a greeting said before a request, but answers a greeting alone', async () => {
    const engine = new FlowEngine(scriptedRuntime());
    expect((await say(engine, session(), { kind: 'chitchat', topic: 'greeting' })).text).toBe('Hello!');
    const both = await say(
      engine,
      session(),
      { kind: 'start_flow', flow: 'order_list' },
      { kind: 'chitchat', topic: 'greeting' },
    );
    expect(both.text).toBe('Your orders.');
  });

  it('hands off with the active flow and its slots on request', async () => {
    const engine = new FlowEngine(scriptedRuntime());
    const state = session();
    await say(engine, state, {
      kind: 'start_flow',
      flow: 'exchange_item',
      slots: { order: '100', items: [{ sku: 'J' }] },
    });
    const handoff = await say(engine, state, { kind: 'hand_off', reason: 'customer_asked' });
    expect(handoff.escalation).toEqual({
      reason: 'customer_asked',
      flow: { name: 'exchange_item', slots: { order: '100', items: [{ sku: 'J' }] } },
    });
  });

  it('says sorry before handing off a complaint, and who handles a privacy request or a quote', async () => {
    const engine = new FlowEngine(scriptedRuntime());
    const complaint = await say(engine, session(), { kind: 'hand_off', reason: 'complaint' });
    expect(complaint.text).toBe("I'm sorry about this experience.");
    expect(complaint.escalation?.reason).toBe('complaint');
    expect((await say(engine, session(), { kind: 'hand_off', reason: 'legal_privacy' })).text).toBe(
      'Privacy and data requests are handled by our team.',
    );
    expect((await say(engine, session(), { kind: 'hand_off', reason: 'b2b_quote' })).text).toBe(
      'Business and bulk quotes are prepared by our sales team.',
    );
    // Asking for a person needs no more than the handoff announcement the service adds.
    expect((await say(engine, session(), { kind: 'hand_off', reason: 'customer_asked' })).text).toBe('');
  });
});
