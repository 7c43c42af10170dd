import { isDeepStrictEqual } from 'node:util';
import type { StoreSnapshot } from './store-reader.js';

export type StoreEntity = 'order' | 'invoice' | 'shipment' | 'creditmemo' | 'customer' | 'stock' | 'return';

/** One difference between two snapshots, down to the field that changed. */
export interface StoreDiffEntry {
  entity: StoreEntity;
  /** The entity's id (entity_id, SKU for stock). */
  key: string;
  /** The order (entity_id) the entity belongs to, when it belongs to one. */
  orderId: number | null;
  /** Top-level field that changed; '' when the whole entity was added or removed. */
  field: string;
  /** Full path inside the entity, e.g. `items[item_id=12].qty_refunded`. */
  path: string;
  before: unknown;
  after: unknown;
}

/** Array elements keyed by the first of these ids they all carry, so an insert is one change, not a shift. */
const ID_FIELDS = ['entity_id', 'item_id', 'order_item_id'] as const;

function keyOf(items: readonly unknown[]): (typeof ID_FIELDS)[number] | null {
  if (items.length === 0) return null;
  for (const id of ID_FIELDS) {
    if (items.every((i) => typeof i === 'object' && i !== null && id in i)) return id;
  }
  return null;
}

function diffValue(
  before: unknown,
  after: unknown,
  path: string,
  out: Array<[string, unknown, unknown]>,
): void {
  if (isDeepStrictEqual(before, after)) return;
  if (Array.isArray(before) && Array.isArray(after)) {
    const id = keyOf([...before, ...after]);
    if (id !== null) {
      const index = (list: unknown[]) =>
        new Map(list.map((i) => [String((i as Record<string, unknown>)[id]), i] as const));
      const a = index(before);
      const b = index(after);
      for (const k of new Set([...a.keys(), ...b.keys()]))
        diffValue(a.get(k), b.get(k), `${path}[${id}=${k}]`, out);
      return;
    }
    for (let i = 0; i < Math.max(before.length, after.length); i++)
      diffValue(before[i], after[i], `${path}[${i}]`, out);
    return;
  }
  if (isRecord(before) && isRecord(after)) {
    for (const k of new Set([...Object.keys(before), ...Object.keys(after)]))
      diffValue(before[k], after[k], path === '' ? k : `${path}.${k}`, out);
    return;
  }
  out.push([path, before, after]);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function diffEntities(
  entity: StoreEntity,
  before: ReadonlyMap<string, unknown>,
  after: ReadonlyMap<string, unknown>,
  orderIdOf: (value: unknown) => number | null,
  out: StoreDiffEntry[],
): void {
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(key);
    const b = after.get(key);
    const orderId = orderIdOf(b ?? a);
    if (a === undefined || b === undefined) {
      out.push({ entity, key, orderId, field: '', path: '', before: a, after: b });
      continue;
    }
    const changes: Array<[string, unknown, unknown]> = [];
    diffValue(a, b, '', changes);
    for (const [path, x, y] of changes)
      out.push({ entity, key, orderId, field: path.split(/[.[]/)[0] ?? path, path, before: x, after: y });
  }
}

const byId = (rows: readonly unknown[], id = 'entity_id'): Map<string, unknown> =>
  new Map(rows.map((r) => [String((r as Record<string, unknown>)[id]), r]));
const orderIdField = (value: unknown): number | null => {
  const id = isRecord(value) ? value.order_id : undefined;
  return typeof id === 'number' ? id : null;
};

/** Every difference between two snapshots of the store. */
export function diffStore(before: StoreSnapshot, after: StoreSnapshot): StoreDiffEntry[] {
  const out: StoreDiffEntry[] = [];
  diffEntities(
    'order',
    byId(before.orders),
    byId(after.orders),
    (o) => (isRecord(o) && typeof o.entity_id === 'number' ? o.entity_id : null),
    out,
  );
  diffEntities('invoice', byId(before.invoices), byId(after.invoices), orderIdField, out);
  diffEntities('shipment', byId(before.shipments), byId(after.shipments), orderIdField, out);
  diffEntities('creditmemo', byId(before.creditmemos), byId(after.creditmemos), orderIdField, out);
  diffEntities('customer', byId(before.customers, 'id'), byId(after.customers, 'id'), () => null, out);
  diffEntities(
    'stock',
    new Map(Object.entries(before.stock)),
    new Map(Object.entries(after.stock)),
    () => null,
    out,
  );
  diffEntities('return', byId(before.returns ?? []), byId(after.returns ?? []), orderIdField, out);
  return out;
}

/** A diff entry as people read it in a failure: `order 2 items[item_id=3].qty_refunded: 0 → 1`. */
export function describeDiff(entry: StoreDiffEntry, orderNumber: (id: number) => string): string {
  const owner =
    entry.entity === 'order'
      ? `order ${orderNumber(Number(entry.key))}`
      : `${entry.entity} ${entry.key}${entry.orderId === null ? '' : ` (order ${orderNumber(entry.orderId)})`}`;
  const show = (v: unknown) => (v === undefined ? '∅' : JSON.stringify(v)).slice(0, 160);
  if (entry.field === '') return `${owner} ${entry.before === undefined ? 'added' : 'removed'}`;
  return `${owner} ${entry.path}: ${show(entry.before)} → ${show(entry.after)}`;
}
