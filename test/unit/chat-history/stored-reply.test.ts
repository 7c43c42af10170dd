import { describe, expect, it } from 'vitest';
import type { ReplyPayload } from '../../../common/chat-api/reply-payload.js';
import { EMPTY_REPLY, replyColumns, storedReply } from '../../../sidecar/records/stored-reply.js';
import { ORDER_REPLY } from './order-reply.js';

describe('replyColumns', () => {
  it('keeps products and citations in their own columns and everything else in reply_extras', () => {
    const columns = replyColumns(ORDER_REPLY);
    expect(columns.products).toEqual(ORDER_REPLY.products);
    expect(columns.citations).toEqual(ORDER_REPLY.citations);
    expect(columns.extras).toEqual({
      escalation: null,
      quickReplies: ['I want to return an item'],
      order: ORDER_REPLY.order,
      orders: [],
      comparison: ORDER_REPLY.comparison,
    });
  });

  it('refuses a payload the widget could not render', () => {
    const broken = {
      ...ORDER_REPLY,
      order: { ...ORDER_REPLY.order, total: 'a lot' },
    } as unknown as ReplyPayload;
    expect(() => replyColumns(broken)).toThrow(/total/);
    const badSource = {
      ...ORDER_REPLY,
      citations: [{ source: 'rumour', id: 'x' }],
    } as unknown as ReplyPayload;
    expect(() => replyColumns(badSource)).toThrow(/source/);
  });

  it('drops fields the wire shape does not have', () => {
    const withCost = { ...ORDER_REPLY.products[0]!, costPrice: 700 };
    const extra: ReplyPayload = { ...ORDER_REPLY, products: [withCost] };
    expect(replyColumns(extra).products[0]).not.toHaveProperty('costPrice');
  });
});

describe('storedReply', () => {
  it('reads back exactly what was stored', () => {
    const { products, citations, extras } = replyColumns(ORDER_REPLY);
    expect(storedReply({ products, citations, extras })).toEqual(ORDER_REPLY);
  });

  it('fills what a row stored before reply_extras existed does not have with empty values', () => {
    const old = storedReply({ products: ORDER_REPLY.products, citations: ORDER_REPLY.citations, extras: {} });
    expect(old).toEqual({ ...EMPTY_REPLY, products: ORDER_REPLY.products, citations: ORDER_REPLY.citations });
  });

  it('gives null for a row that does not match the shape, instead of half-trusted cards', () => {
    const { products, citations, extras } = replyColumns(ORDER_REPLY);
    expect(storedReply({ products, citations, extras: { ...extras, order: { number: 42 } } })).toBeNull();
    expect(storedReply({ products: 'not a list', citations, extras })).toBeNull();
    expect(storedReply({ products, citations: [{ id: 'no source' }], extras })).toBeNull();
  });
});
