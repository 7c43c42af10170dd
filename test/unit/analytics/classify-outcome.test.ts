import { describe, expect, it } from 'vitest';
import { classifyOutcome, type ConversationFacts } from '../../../sidecar/analytics/classify-outcome.js';

const DAY = 86_400_000;
const T0 = Date.parse('2026-11-01T10:00:00Z');

function conversation(overrides: Partial<ConversationFacts> = {}): ConversationFacts {
  return {
    id: 'c1',
    storeCode: 'default',
    customerId: '7',
    startedAt: new Date(T0),
    lastMessageAt: new Date(T0 + 60_000),
    topic: 'order_status',
    orders: ['000000012'],
    escalationReason: null,
    lastRole: 'assistant',
    lastReplyAsked: false,
    closedByCustomer: false,
    deniedOrders: [],
    ratings: [],
    ...overrides,
  };
}

const later = (days: number, overrides: Partial<ConversationFacts> = {}) =>
  conversation({
    id: `later-${days}`,
    startedAt: new Date(T0 + days * DAY),
    lastMessageAt: new Date(T0 + days * DAY + 60_000),
    ...overrides,
  });

const options = { windowDays: 7 };

describe('outcome of a conversation', () => {
  it('is resolved when nothing happened afterwards', () => {
    expect(classifyOutcome(conversation(), [], [], options)).toBe('resolved');
  });

  it('is escalated when it was handed to a person, whatever else', () => {
    expect(
      classifyOutcome(conversation({ escalationReason: 'complaint', lastRole: 'customer' }), [], [], options),
    ).toBe('escalated');
  });

  it('is abandoned when the customer left a message or the assistant’s question unanswered', () => {
    expect(classifyOutcome(conversation({ lastRole: 'customer' }), [], [], options)).toBe('abandoned');
    expect(classifyOutcome(conversation({ lastReplyAsked: true }), [], [], options)).toBe('abandoned');
    // …unless the customer closed it themselves.
    expect(
      classifyOutcome(conversation({ lastReplyAsked: true, closedByCustomer: true }), [], [], options),
    ).toBe('resolved');
  });

  it('is a repeat contact when the customer comes back about the same order or topic within the window', () => {
    const c = conversation();
    expect(classifyOutcome(c, [c, later(3, { topic: 'return_request' })], [], options)).toBe(
      'repeat_contact',
    );
    expect(classifyOutcome(c, [later(3, { orders: [] })], [], options)).toBe('repeat_contact');
    expect(classifyOutcome(c, [later(3, { orders: [], topic: 'product_search' })], [], options)).toBe(
      'resolved',
    );
    expect(classifyOutcome(c, [later(8)], [], options)).toBe('resolved');
    expect(classifyOutcome(c, [later(3, { customerId: '8' })], [], options)).toBe('resolved');
  });

  it('never counts a generic topic or a guest as a repeat', () => {
    const greeting = conversation({ topic: 'human_agent', orders: [] });
    expect(classifyOutcome(greeting, [later(1, { topic: 'human_agent', orders: [] })], [], options)).toBe(
      'resolved',
    );
    const guest = conversation({ customerId: null });
    expect(classifyOutcome(guest, [later(1, { customerId: null })], [], options)).toBe('resolved');
  });

  it('is reversed when a refund it denied was granted for the order afterwards, within the window', () => {
    const denied = conversation({ deniedOrders: ['000000012'] });
    const grant = (days: number) => [{ orderNumber: '000000012', at: new Date(T0 + days * DAY) }];
    expect(classifyOutcome(denied, [], grant(2), options)).toBe('reversed');
    expect(classifyOutcome(denied, [], grant(9), options)).toBe('resolved');
    expect(classifyOutcome(conversation(), [], grant(2), options)).toBe('resolved');
  });
});
