import { describe, expect, it } from 'vitest';
import { ORDER_PAGE, orderPage } from '../../../sidecar/flows/skills/order-lookup.js';

describe('orderPage: "show me more orders" shows the next ones, never the same page again', () => {
  it('the first page, and how many are left', () => {
    expect(orderPage(8, undefined, false)).toEqual({ start: 0, end: ORDER_PAGE, rest: 8 - ORDER_PAGE });
    expect(orderPage(3, undefined, false)).toEqual({ start: 0, end: 3, rest: 0 });
  });
  it('more: the page after those shown', () => {
    expect(orderPage(8, 5, true)).toEqual({ start: 5, end: 8, rest: 0 });
    expect(orderPage(12, 5, true)).toEqual({ start: 5, end: 10, rest: 2 });
  });
  it('more when all were shown: an empty page (the reply says so)', () => {
    expect(orderPage(8, 8, true)).toEqual({ start: 8, end: 8, rest: 0 });
  });
  it('the list asked for again starts over', () => {
    expect(orderPage(8, 5, false).start).toBe(0);
  });
});
