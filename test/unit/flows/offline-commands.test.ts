import { describe, expect, it } from 'vitest';
import { offlineCommands } from '../../../sidecar/chat/commands/offline-commands.js';
import {
  newDialogueState,
  type DialogueState,
  type FlowFrame,
} from '../../../sidecar/flows/dialogue-state.js';
import type { FlowName } from '../../../sidecar/flows/flow-names.js';
import type { NluContext } from '../../../sidecar/nlu/types.js';
import { analyse } from '../../../sidecar/nlu/understand.js';
import { buildFixtureModel } from '../nlu/support.js';

/**
 * The offline command generator over the real NLU, on the way shoppers write: terse, misspelt, two
 * requests at once, a change of mind. What a message means depends on what the active flow waits for.
 */
const model = buildFixtureModel();

function stateWith(flow?: FlowName, pending?: FlowFrame['pending']): DialogueState {
  const state = newDialogueState({
    sessionId: 's',
    conversationId: 'c',
    storeCode: 'default',
    customerId: '1',
  });
  if (flow) state.flows.push({ flow, slots: {}, stalls: 0, ...(pending ? { pending } : {}) });
  return state;
}

function commandsFor(text: string, state: DialogueState, context: NluContext = {}) {
  return offlineCommands(analyse(model, text, context), state);
}

const kinds = (text: string, state: DialogueState, context?: NluContext) =>
  commandsFor(text, state, context).map((c) => (c.kind === 'start_flow' ? `start:${c.flow}` : c.kind));

describe('offline commands: nothing pending', () => {
  it.each([
    ['where is my order?', 'start:order_status'],
    ['wheres my stuff', 'start:order_status'],
    ['I want to return the earbuds', 'start:return_items'],
    ['please cancel order 000000045', 'start:cancel_order'],
    ['talk to a human', 'hand_off'],
  ])('%j → %s', (text, expected) => {
    expect(kinds(text, stateWith())).toContain(expected);
  });

  it('carries the slots the message states', () => {
    const [command] = commandsFor('I want to return order 000000002', stateWith());
    expect(command).toMatchObject({
      kind: 'start_flow',
      flow: 'return_items',
      slots: { order: '000000002' },
    });
  });

  it('keeps the items a request names, to match them once the order is proved', () => {
    const [command] = commandsFor('i would like to exchange the rc car from order 000000086', stateWith());
    expect(command).toMatchObject({
      kind: 'start_flow',
      slots: { order: '000000086', item_mentions: [{ phrase: 'rc car', quantifier: 'unspecified' }] },
    });
  });

  it('a question about the product in view is about it, not a catalog search', () => {
    const focusProduct = { sku: 'FLEECE', name: 'Trail Fleece Jacket' };
    // Asked as a question of stock, it is the stock of the product in view in that size.
    expect(commandsFor('do you have this in a medium?', stateWith(), { focusProduct })).toEqual([
      { kind: 'start_flow', flow: 'check_stock', slots: { products: ['FLEECE'] } },
    ]);
    expect(commandsFor('is it good for video editing?', stateWith(), { focusProduct })).toEqual([
      expect.objectContaining({
        kind: 'start_flow',
        flow: 'product_question',
        slots: expect.objectContaining({ products: ['FLEECE'] }),
      }),
    ]);
    expect(kinds('do you have something like this?', stateWith(), { focusProduct })).toEqual(['search']);
    expect(kinds('anything like this but cheaper?', stateWith(), { focusProduct })).not.toContain(
      'start:product_question',
    );
  });

  it('after an order question, an unsure reading naming a product picks among the orders', () => {
    const state = stateWith();
    state.lastFlow = 'order_status';
    expect(kinds('the laptop one', state)).toEqual(['start:order_status']);
    expect(kinds('the one with the earbuds', state)).toEqual(['start:order_status']);
  });

  it('after an order question, a message that only names items names the order, whatever it leans to', () => {
    const state = stateWith();
    state.lastFlow = 'order_status';
    expect(kinds('the earbuds one', state)).toEqual(['start:order_status']);
    expect(kinds('the earbuds one?', state)).toEqual(['start:order_status']);
    state.lastFlow = 'return_items';
    expect(kinds('the cargo net', state)).toEqual(['start:return_items']);
    // A request that also names items is that request.
    state.lastFlow = 'order_status';
    expect(kinds('I want to return the earbuds', state)).toEqual(['start:return_items']);
  });

  it('what an order holds is asked of the order talked about, not of a product ("what\'s in it?")', () => {
    const state = stateWith();
    expect(kinds("what's in order 000000001", state)).toEqual(['start:order_status']);
    expect(commandsFor("what's in order 000000001", state)).toEqual([
      { kind: 'start_flow', flow: 'order_status', slots: { order: '000000001' } },
    ]);
    expect(kinds('whats in order 4?', state)).toEqual(['start:order_status']);
    // With no order talked about, "it" is a product.
    expect(kinds("what's in it?", state)).not.toContain('start:order_status');
    state.lastFlow = 'order_status';
    for (const text of [
      "what's in it?",
      'what was in it',
      'what does it contain?',
      "qu'est-ce qu'il y a dedans ?",
    ])
      expect(kinds(text, state)).toEqual(['start:order_status']);
    expect(kinds('is it waterproof?', state)).not.toContain('start:order_status');
  });

  it('after the list of orders, a message that only names items picks the order that holds them', () => {
    const state = stateWith();
    state.lastFlow = 'order_list';
    expect(kinds('the earbuds one', state)).toEqual(['start:order_status']);
    expect(kinds('the one with the charger', state)).toEqual(['start:order_status']);
    expect(kinds('I want to exchange the earbuds for another colour', state)).toEqual([
      'start:exchange_item',
    ]);
  });

  it('cart and checkout requests get the way to do it, whatever the words lean to', () => {
    for (const text of [
      'ok add it to cart',
      'how do i checkout',
      'i want to buy the first one',
      'ajoute le au panier',
    ])
      expect(kinds(text, stateWith())).toEqual(['start:account_help']);
    expect(kinds('I want to buy a tent', stateWith())).toEqual(['search']);
    expect(kinds('talk to a human about my cart', stateWith())).toEqual(['hand_off']);
  });

  it('an unsure reading or a greeting that names goods searches rather than not understanding', () => {
    for (const text of [
      "hi, i'd like wireless headphones not too expensive for my son",
      'hey there, something nice in wireless headphones for my son maybe',
      'hello i would like a tent not too heavy for hiking with my kids',
    ])
      expect(kinds(text, stateWith())).toEqual(['search']);
    expect(kinds('hi', stateWith())).toEqual(['chitchat']);
    expect(kinds('hi can u help', stateWith())).toEqual(['chitchat']);
    expect(kinds('zzkq wpxv', stateWith())).toEqual(['not_understood']);
  });

  it('a conditional price-match question asks about the terms, not for a match', () => {
    expect(
      kinds(
        'If I find the Raptor X15 Gaming Laptop cheaper elsewhere, will you match the price?',
        stateWith(),
      ),
    ).toEqual(['knowledge']);
  });

  it('two product requests side by side are one search', () => {
    const commands = commandsFor('gift ideas for a 14 yo who loves gadgets? max 50 bucks', stateWith());
    expect(commands.map((c) => c.kind)).toEqual(['search']);
  });

  it('a greeting before a request is not a request of its own', () => {
    const read = kinds("hi, I'd like to return the earbuds", stateWith());
    expect(read).toContain('start:return_items');
    expect(read).not.toContain('chitchat');
  });
});

describe('offline commands: what an order holds', () => {
  it('"what did I buy in order 000000001?" is that order, not the list of all orders', () => {
    expect(commandsFor('what did I buy in order 000000001?', stateWith())).toMatchObject([
      { kind: 'start_flow', flow: 'order_status', slots: { order: '000000001' } },
    ]);
    expect(commandsFor('show me my orders', stateWith())).toMatchObject([
      { kind: 'start_flow', flow: 'order_list' },
    ]);
  });

  it('« ma dernière commande elle en est où » is the status of that one order, not the list', () => {
    expect(kinds('ma dernière commande elle en est où', stateWith())).toEqual(['start:order_status']);
    expect(kinds('show me my last order', stateWith())).toEqual(['start:order_status']);
  });
});

describe('offline commands: a confirmation is pending', () => {
  const pending = () => stateWith('cancel_order', { kind: 'confirm', fingerprint: 'f' });
  const context: NluContext = { awaiting: 'confirmation' };

  it.each(['yes', 'yes please', 'ok go ahead', 'oui'])('%j confirms', (text) => {
    expect(kinds(text, pending(), context)).toEqual(['confirm']);
  });

  it.each(['no', 'nope', 'no thanks', "leave it, I'll keep it", 'non merci'])('%j denies', (text) => {
    expect(kinds(text, pending(), context)).toEqual(['deny']);
  });

  it.each(['what happens if I do?', 'hmm', 'wait'])('%j confirms nothing', (text) => {
    expect(kinds(text, pending(), context)).not.toContain('confirm');
  });

  it('a person can be asked for at any point', () => {
    expect(kinds('can I talk to a real person', pending(), context)).toEqual(['hand_off']);
  });
});

describe('offline commands: a question is pending', () => {
  it('an order number answers "which order?"', () => {
    const state = stateWith('order_status', { kind: 'collect', slot: 'order' });
    expect(commandsFor('000000123', state, { awaiting: 'order_number' })).toEqual([
      { kind: 'set_slots', slots: { order: '000000123' } },
    ]);
  });

  it('a request about an order items is no answer to "which product?"', () => {
    const state = stateWith('product_question', { kind: 'collect', slot: 'products' });
    expect(commandsFor('can I return one of those items?', state, { awaiting: 'product' })).toMatchObject([
      { kind: 'start_flow', flow: 'return_items' },
    ]);
  });

  it('a guest proof fills the e-mail and last name', () => {
    const state = stateWith('order_status', { kind: 'collect', slot: 'email' });
    const [command] = commandsFor('jane@example.com, Smith', state, { awaiting: 'email' });
    expect(command).toMatchObject({ kind: 'set_slots', slots: { email: 'jane@example.com' } });
  });

  it('an address is taken in the customer’s own words', () => {
    const state = stateWith('change_address', { kind: 'collect', slot: 'address' });
    expect(commandsFor('12 Oak Street, Austin TX 78704', state)).toEqual([
      { kind: 'set_slots', slots: { address: '12 Oak Street, Austin TX 78704' } },
    ]);
  });

  it('a new address given with the request is its street address, not the whole message', () => {
    const [command] = commandsFor(
      'I need to update the delivery address for order 4 to 88 Lake Ave, Austin TX 78703',
      stateWith(),
    );
    expect(command).toMatchObject({
      kind: 'start_flow',
      flow: 'change_address',
      slots: { address: '88 Lake Ave, Austin TX 78703' },
    });
  });

  it('a street address sent with an order number is where the order goes, not a quote or a search', () => {
    const [command] = commandsFor(
      'pls send 000000003 to 88 Harbor Rd, Unit 2, Portland OR 97209 instead',
      stateWith(),
    );
    expect(command).toMatchObject({
      kind: 'start_flow',
      flow: 'change_address',
      slots: {
        order: '000000003',
        address: expect.stringMatching(/^88 Harbor Rd, Unit 2, Portland OR 97209/),
      },
    });
    // Without an order, the same words may be a business asking for a quote: the reading stands.
    expect(
      kinds('we need 40 headlamps shipped to 88 Harbor Rd, Portland OR 97209, can you quote?', stateWith()),
    ).not.toContain('start:change_address');
  });

  it('an address read back is corrected by a new postcode or a new street address', () => {
    const state = stateWith('change_address', { kind: 'confirm', fingerprint: 'address' });
    state.flows[0]!.slots.address = '88 Lake Ave, Austin TX 78703';
    expect(commandsFor('sorry, the zip is 78704 not 78703', state)).toEqual([
      { kind: 'correct_slots', slots: { address: '88 Lake Ave, Austin TX 78704' } },
    ]);
    expect(commandsFor('no wait, it is 90 Lake Ave, Austin TX 78703', state)).toEqual([
      { kind: 'correct_slots', slots: { address: '90 Lake Ave, Austin TX 78703' } },
    ]);
    expect(commandsFor('yes that is correct', state)).toEqual([{ kind: 'confirm' }]);
  });

  it('a correction of the items or the order at a confirmation changes them and asks again', () => {
    const state = stateWith('return_items', { kind: 'confirm', fingerprint: 'return' });
    expect(commandsFor('no sorry i meant the earbuds', state)).toEqual([
      {
        kind: 'correct_slots',
        slots: { item_mentions: [{ phrase: 'earbuds', quantifier: 'unspecified' }] },
      },
    ]);
    expect(commandsFor('no, order 000000045', state)).toEqual([
      { kind: 'correct_slots', slots: { order: '000000045' } },
    ]);
    expect(kinds('no', state)).toEqual(['deny']);
    expect(kinds("no, I'll keep the earbuds", state)).toEqual(['deny']);
    // A yes that names a count restates the request: confirmed only if it comes to what was shown.
    // The NLU reads it knowing a confirmation waits, as the chat service tells it.
    const confirming = { awaiting: 'confirmation' as const };
    expect(kinds('yes, just the one puzzle', state, confirming)).toEqual(['correct_slots', 'confirm']);
    expect(kinds('yes', state, confirming)).toEqual(['confirm']);
    expect(kinds('yes, the earbuds', state, confirming)).toEqual(['confirm']);
  });

  it('a question in the customer’s own words is not answered by a new request or a bare yes', () => {
    const state = stateWith('exchange_item', { kind: 'collect', slot: 'variant' });
    expect(kinds('I want to return the earbuds instead', state)).toEqual(['start:return_items']);
    expect(commandsFor('yes', state)).toEqual([{ kind: 'set_slots', slots: {} }]);
    expect(commandsFor('a size L in blue', state)).toEqual([
      { kind: 'set_slots', slots: { variant: 'a size L in blue' } },
    ]);
  });

  it('a no drops the flow', () => {
    const state = stateWith('return_items', { kind: 'collect', slot: 'items' });
    expect(kinds('no', state)).toEqual(['cancel_flow']);
  });

  it('a clear new request interrupts the question', () => {
    const state = stateWith('change_address', { kind: 'collect', slot: 'address' });
    expect(kinds('talk to a human', state)).toEqual(['hand_off']);
  });
});

describe('offline commands: language', () => {
  it('a message in a language the store does not serve is said so', () => {
    const [command] = commandsFor('¿dónde está mi pedido? lo necesito para mañana', stateWith());
    expect(command?.kind === 'unsupported_language' || command?.kind === 'start_flow').toBe(true);
  });
});

describe('offline commands: whether the assistant is a machine', () => {
  it.each(['r u a bot', 'am i talking to a robot?', 'are you a real person?', 'vous êtes un robot ?'])(
    '%j is answered honestly, not handed off',
    (text) => {
      expect(commandsFor(text, stateWith())).toEqual([{ kind: 'chitchat', topic: 'identity' }]);
    },
  );

  it.each(['i want a real person', 'not a bot, a human please', 'passez-moi un humain'])(
    '%j still reaches a person',
    (text) => {
      expect(kinds(text, stateWith())).toEqual(['hand_off']);
    },
  );
});
