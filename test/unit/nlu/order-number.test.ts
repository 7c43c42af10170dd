import { describe, expect, it } from 'vitest';
import { extractOrderNumbers } from '../../../sidecar/nlu/entities/order-number.js';

describe('extractOrderNumbers', () => {
  it.each([
    ['where is my order 000000123?', ['000000123']],
    ['order 123 please', ['123']],
    ['track order #1000000045', ['1000000045']],
    ['#000000321 / mike@mail.com', ['000000321']],
    ['order number: 000000999', ['000000999']],
    ['order no. 4567', ['4567']],
    ['000000123', ['000000123']],
    ['it is 2000000123', ['2000000123']],
    ['orders 000000123 and 000000124', ['000000123', '000000124']],
    ['my order id is 000000555', ['000000555']],
    ['my oder 000000777 never came', ['000000777']],
  ])('finds %j', (text, expected) => {
    expect(extractOrderNumbers(text).map((o) => o.value)).toEqual(expected);
  });

  it.each([
    'I have 3 kids',
    'under $50',
    'I want 20 of these',
    'call me on 5551234567',
    'it costs $100000000',
    'my zip is 10115',
    'i ordered 10 minutes ago',
    'size 10 in red',
    'the year 2024',
    'version 1.000000123',
  ])('finds none in %j', (text) => {
    expect(extractOrderNumbers(text)).toEqual([]);
  });

  it('reports the span of the digits', () => {
    const [o] = extractOrderNumbers('track order #000000123 now');
    expect(o).toMatchObject({ value: '000000123', start: 13, end: 22 });
  });
});
