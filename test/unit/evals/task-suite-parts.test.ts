import { describe, expect, it } from 'vitest';
import { loadTasks } from '../../../evals/tasks/load-tasks.js';
import {
  amountMentions,
  moneyMentions,
  parseAmount,
  trackingMentions,
} from '../../../evals/tasks/reply-values.js';
import { diffStore } from '../../../evals/tasks/store-diff.js';
import type { StoreSnapshot } from '../../../evals/tasks/store-reader.js';
import { passRates } from '../../../evals/tasks/task-report.js';
import { FLOWS, taskLanguage } from '../../../evals/tasks/task-schema.js';

describe('reply values', () => {
  it('reads amounts in English and French formats', () => {
    expect(['1,449.00', '1 449,00', '59,98', '1,449', '1449', '12.5'].map(parseAmount)).toEqual([
      1449, 1449, 59.98, 1449, 1449, 12.5,
    ]);
    expect(moneyMentions('Total $1,449.00, then 59,98 €, €7.95, USD 12.50 and 1\u202F234,56\u00A0€')).toEqual(
      [1449, 59.98, 7.95, 12.5, 1234.56],
    );
    expect(moneyMentions('3–5 days, 15 %, order 000000002')).toEqual([]);
    expect(amountMentions('Total: 59.98')).toEqual([59.98]);
  });

  it('finds tracking numbers of the carriers and not order numbers', () => {
    expect(trackingMentions('UPS 1Z999AA112345678, FedEx 771291896987, order 000000002')).toEqual([
      '1Z999AA112345678',
      '771291896987',
    ]);
    expect(trackingMentions('Return registered, reference 369eb8ad-7098-4c1e-9a2b-001234567890.')).toEqual(
      [],
    );
  });
});

describe('store diff', () => {
  const base: StoreSnapshot = {
    orders: [],
    invoices: [],
    shipments: [],
    creditmemos: [],
    customers: [],
    stock: {},
    returns: null,
  };
  it('keys array elements by id, so an added comment is one change', () => {
    const order = (histories: Array<{ entity_id: number; comment: string }>) =>
      ({ entity_id: 1, increment_id: '1', state: 'new', status_histories: histories }) as never;
    const before = { ...base, orders: [order([{ entity_id: 1, comment: 'a' }])] };
    const after = {
      ...base,
      orders: [
        order([
          { entity_id: 2, comment: 'b' },
          { entity_id: 1, comment: 'a' },
        ]),
      ],
    };
    expect(diffStore(before, after)).toEqual([
      {
        entity: 'order',
        key: '1',
        orderId: 1,
        field: 'status_histories',
        path: 'status_histories[entity_id=2]',
        before: undefined,
        after: { entity_id: 2, comment: 'b' },
      },
    ]);
  });
});

describe('pass^k', () => {
  it('is the mean success rate for k = 1 and the share of always-passing tasks for k = n', () => {
    const rates = passRates([3, 2, 0], 3);
    expect(rates.tasks).toBe(3);
    expect(rates.passHat[0]).toBeCloseTo(5 / 9);
    expect(rates.passHat[1]).toBeCloseTo((1 + 1 / 3) / 3);
    expect(rates.passHat[2]).toBeCloseTo(1 / 3);
  });
});

describe('the task suite', () => {
  const tasks = loadTasks();
  it('parses, with unique ids', () => {
    expect(new Set(tasks.map((t) => t.id)).size).toBe(tasks.length);
  });
  it('covers every flow', () => {
    expect(FLOWS.filter((f) => !tasks.some((t) => t.flow === f))).toEqual([]);
  });
  it('has at least 60 tasks, 12 of them French, guests and signed-in customers', () => {
    expect(tasks.length).toBeGreaterThanOrEqual(60);
    expect(tasks.filter((t) => taskLanguage(t) === 'fr').length).toBeGreaterThanOrEqual(12);
    expect(tasks.some((t) => t.customer === 'guest')).toBe(true);
    expect(tasks.some((t) => t.customer !== 'guest')).toBe(true);
  });
});
