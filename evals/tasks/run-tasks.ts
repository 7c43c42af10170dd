import { z } from 'zod';
import type { ChatReply } from '../../common/chat-api/chat-api.js';
import { signCustomerToken } from '../../common/identity/sign-customer-token.js';
import type { Order, Product } from '../../sandbox/data/fixture-schema.js';
import { sendChat } from './chat-client.js';
import {
  judgeTask,
  type HandoffTicketRow,
  type FactProduct,
  type JudgedTurn,
  type ProductInfo,
  type TaskFailure,
} from './judge-task.js';
import { cents } from './reply-values.js';
import { diffStore } from './store-diff.js';
import type { StoreReader, StoreSnapshot } from './store-reader.js';
import { normalizeTurn, taskLanguage, type Flow, type Task } from './task-schema.js';

/** What the suite runs against: a sidecar, the store behind it, and how to start each task afresh. */
export interface TaskTarget {
  sidecarUrl: string;
  store: StoreReader;
  /** Signs customer tokens; unset = tasks with a signed-in customer fail. */
  sharedSecret?: string;
  /** Puts the store back in its initial state (`POST /__sandbox/reset`). */
  resetStore(): Promise<void>;
  /** Empties Verity's per-customer and per-conversation records; unset where the harness cannot (by URL). */
  resetRecords?: () => Promise<void>;
  /** Handoff tickets of the given sessions; unset where the harness cannot read them (a sidecar by URL). */
  tickets?: (sessionIds: readonly string[]) => Promise<HandoffTicketRow[]>;
}

export interface TranscriptTurn {
  say: string;
  reply: string;
  intent: string;
  escalation: string | null;
  actions: string[];
}

export interface TaskResult {
  id: string;
  flow: Flow;
  language: 'en' | 'fr';
  /** 1-based. */
  trial: number;
  passed: boolean;
  failures: TaskFailure[];
  transcript: TranscriptTurn[];
  ms: number;
  /** Where the time went, in ms: resets (0 when skipped), store snapshots, chat turns. */
  timings: { resetStore: number; resetRecords: number; snapshots: number; chat: number };
}

export interface RunTaskOptions {
  trial: number;
  /** The shopper's address (a loopback address per task, see `sendChat`). */
  clientAddress?: string;
  /**
   * The store's initial state, when the store is known to be in it (the previous task changed nothing):
   * the reset and the first snapshot are skipped.
   */
  clean?: StoreSnapshot;
}

export interface TaskRun {
  result: TaskResult;
  /** The initial state when the task left the store as it found it, so the next task can skip the reset. */
  clean?: StoreSnapshot;
}

const categoryListSchema = z.array(z.looseObject({ id: z.number(), path: z.string() }));

/** Runs tasks one after another (they share one store, reset before each); k trials each. */
export async function runTasks(
  tasks: readonly Task[],
  target: TaskTarget,
  options: { trials: number; onResult?: (result: TaskResult) => void },
): Promise<TaskResult[]> {
  const results: TaskResult[] = [];
  let clean: StoreSnapshot | undefined;
  for (let trial = 1; trial <= options.trials; trial++) {
    for (const [i, task] of tasks.entries()) {
      const run = await runTask(task, target, {
        trial,
        // 127.<trial>.<hi>.<lo>: one address per task and trial.
        clientAddress: `127.${trial}.${Math.floor((i + 1) / 250)}.${((i + 1) % 250) + 1}`,
        ...(clean === undefined ? {} : { clean }),
      });
      clean = run.clean;
      results.push(run.result);
      options.onResult?.(run.result);
    }
  }
  return results;
}

/**
 * Runs one task from the store's initial state and judges it. Verity's records are emptied first (where
 * the target can), the store is reset unless it is known to be clean. Never throws: an error is a failed task.
 */
export async function runTask(task: Task, target: TaskTarget, options: RunTaskOptions): Promise<TaskRun> {
  const started = performance.now();
  const transcript: TranscriptTurn[] = [];
  const timings = { resetStore: 0, resetRecords: 0, snapshots: 0, chat: 0 };
  const timed = async <T>(key: keyof typeof timings, work: () => Promise<T>): Promise<T> => {
    const t = performance.now();
    try {
      return await work();
    } finally {
      timings[key] += performance.now() - t;
    }
  };
  const stockSkus = [...new Set(Object.values(task.orders).flatMap((o) => Object.keys(o.items ?? {})))];
  const snapshot = () => timed('snapshots', () => target.store.snapshot(stockSkus));
  const finish = (failures: TaskFailure[], clean?: StoreSnapshot): TaskRun => ({
    result: result(failures),
    ...(clean === undefined ? {} : { clean }),
  });
  const result = (failures: TaskFailure[]): TaskResult => ({
    id: task.id,
    flow: task.flow,
    language: taskLanguage(task),
    trial: options.trial,
    passed: failures.length === 0,
    failures,
    transcript,
    ms: Math.round(performance.now() - started),
    timings: {
      resetStore: Math.round(timings.resetStore),
      resetRecords: Math.round(timings.resetRecords),
      snapshots: Math.round(timings.snapshots),
      chat: Math.round(timings.chat),
    },
  });
  try {
    const { resetRecords } = target;
    if (resetRecords !== undefined) await timed('resetRecords', resetRecords);
    let before: StoreSnapshot;
    if (options.clean === undefined) {
      await timed('resetStore', () => target.resetStore());
      before = await snapshot();
    } else {
      // The sales are as the previous task found them; the stock read is this task's SKUs.
      const stock = await timed('snapshots', () => target.store.stock(stockSkus));
      before = { ...options.clean, stock };
    }
    const orders = namedOrders(task, before);
    if (typeof orders === 'string') return finish([{ kind: 'precondition', message: orders }], before);
    const customer = task.customer === 'guest' ? null : customerOf(before, task.customer.email);
    const token = customer === null ? null : await mintToken(target, task, customer);
    const turns: JudgedTurn[] = [];
    const sessions: string[] = [];
    let sessionId: string | undefined;
    for (const input of task.turns) {
      const turn = normalizeTurn(input);
      if (turn.newSession) sessionId = undefined;
      let reply: ChatReply;
      try {
        reply = await timed('chat', () =>
          sendChat(
            target.sidecarUrl,
            { ...(sessionId === undefined ? {} : { sessionId }), message: turn.say, store: task.store },
            token,
            options.clientAddress,
          ),
        );
      } catch (error) {
        transcript.push({ say: turn.say, reply: '', intent: '', escalation: null, actions: [] });
        return finish([{ kind: 'error', message: `"${turn.say}": ${(error as Error).message}` }]);
      }
      sessionId = reply.sessionId;
      if (!sessions.includes(sessionId)) sessions.push(sessionId);
      transcript.push({
        say: turn.say,
        reply: reply.reply,
        intent: reply.intent,
        escalation: reply.escalation?.reason ?? null,
        actions: reply.actions.map((a) => `${a.kind}:${a.outcome}`),
      });
      const initial = before;
      const changesSoFar = turn.unchanged ? diffStore(initial, await snapshot()) : undefined;
      turns.push({ turn, reply, ...(changesSoFar === undefined ? {} : { changesSoFar }) });
    }
    const after = await snapshot();
    const verdict = judgeTask({
      task,
      orders,
      before,
      after,
      turns,
      tickets: target.tickets === undefined ? null : await target.tickets(sessions),
      config: await target.store.config(task.store),
      visibleOrders:
        customer === null
          ? Object.values(orders)
          : before.orders.filter((o) => o.customer_id === customer.id),
      catalogCents: await catalogCents(target.store, task.store),
      factProducts: await factProducts(target.store, task),
      products: await productInfo(target.store, task.store, turns),
    });
    return finish(verdict.failures, diffStore(before, after).length === 0 ? before : undefined);
  } catch (error) {
    return finish([{ kind: 'error', message: (error as Error).stack ?? String(error) }]);
  }
}

/** The task's named orders from the store, or why the store does not fit the task. */
function namedOrders(task: Task, before: StoreSnapshot): Record<string, Order> | string {
  const out: Record<string, Order> = {};
  for (const [name, ref] of Object.entries(task.orders)) {
    const order = before.orders.find((o) => o.increment_id === ref.number);
    if (order === undefined) return `order ${ref.number} is not in the store`;
    if (ref.state !== undefined && order.state !== ref.state)
      return `order ${ref.number} is ${order.state}, the task expects ${ref.state}`;
    if (ref.items !== undefined) {
      const has = Object.fromEntries(order.items.map((i) => [i.sku, i.qty_ordered]));
      if (JSON.stringify(Object.entries(has).sort()) !== JSON.stringify(Object.entries(ref.items).sort()))
        return `order ${ref.number} holds ${JSON.stringify(has)}, the task expects ${JSON.stringify(ref.items)}`;
    }
    out[name] = order;
  }
  return out;
}

function customerOf(before: StoreSnapshot, email: string): StoreSnapshot['customers'][number] {
  const customer = before.customers.find((c) => c.email.toLowerCase() === email.toLowerCase());
  if (customer === undefined) throw new Error(`customer ${email} is not in the store`);
  return customer;
}

const websites = new WeakMap<StoreReader, Promise<Map<number, string>>>();

async function mintToken(
  target: TaskTarget,
  task: Task,
  customer: StoreSnapshot['customers'][number],
): Promise<string> {
  if (target.sharedSecret === undefined)
    throw new Error('a signed-in task needs the shared secret (VERITY_SHARED_SECRET)');
  let codes = websites.get(target.store);
  if (codes === undefined) {
    codes = target.store.get('store/websites').then(
      (body) =>
        new Map(
          z
            .array(z.object({ id: z.number(), code: z.string() }))
            .parse(body)
            .map((w) => [w.id, w.code]),
        ),
    );
    websites.set(target.store, codes);
  }
  const website = (await codes).get(customer.website_id);
  if (website === undefined) throw new Error(`customer ${customer.email} has no website`);
  const iat = Math.floor(Date.now() / 1000);
  return signCustomerToken(
    { sub: String(customer.id), email: customer.email, store: task.store, website, iat, exp: iat + 3600 },
    target.sharedSecret,
  );
}

const catalogs = new WeakMap<StoreReader, Map<string, Promise<Set<number>>>>();

/** Every regular and special price of the store view's catalog, in cents. */
function catalogCents(store: StoreReader, storeCode: string): Promise<Set<number>> {
  let byStore = catalogs.get(store);
  if (byStore === undefined) {
    byStore = new Map();
    catalogs.set(store, byStore);
  }
  let cached = byStore.get(storeCode);
  if (cached === undefined) {
    cached = store.catalog(storeCode).then((products) => {
      const out = new Set<number>();
      for (const p of products) {
        if (typeof p.price === 'number') out.add(cents(p.price));
        const special = p.custom_attributes.find((a) => a.attribute_code === 'special_price');
        if (special !== undefined && special.value !== '') out.add(cents(Number(special.value)));
      }
      return out;
    });
    byStore.set(storeCode, cached);
  }
  return cached;
}

/** Store-view name, prices and attribute values of every SKU the task's facts name. */
async function factProducts(store: StoreReader, task: Task): Promise<Map<string, FactProduct>> {
  const facts = [
    ...task.expect.facts,
    ...task.turns.flatMap((t) => (typeof t === 'string' ? [] : (t.facts ?? []))),
  ];
  const out = new Map<string, FactProduct>();
  for (const fact of facts) {
    const sku =
      'product' in fact
        ? fact.product
        : 'price' in fact
          ? fact.price
          : 'attribute' in fact
            ? fact.attribute.sku
            : null;
    if (sku === null) continue;
    const product = await store.product(task.store, sku);
    if (product === null) continue;
    const known = out.get(sku) ?? {
      name: product.name,
      prices: [
        product.price,
        ...product.custom_attributes
          .filter((a) => a.attribute_code === 'special_price' && a.value !== '')
          .map((a) => Number(a.value)),
      ].filter((p): p is number => typeof p === 'number'),
      attributes: {},
    };
    if ('attribute' in fact) {
      const raw = product.custom_attributes.find((a) => a.attribute_code === fact.attribute.code)?.value;
      if (raw !== undefined) {
        const labels = await store.optionLabels(task.store, fact.attribute.code);
        known.attributes[fact.attribute.code] = labels.get(raw) ?? raw;
      }
    }
    out.set(sku, known);
  }
  return out;
}

const categoryPaths = new WeakMap<StoreReader, Promise<Map<number, number[]>>>();

/** Categories (with ancestors) and colours of every product card on a turn that expects products. */
async function productInfo(
  store: StoreReader,
  storeCode: string,
  turns: readonly JudgedTurn[],
): Promise<Map<string, ProductInfo>> {
  const skus = new Set(
    turns.filter((t) => t.turn.products !== undefined).flatMap((t) => t.reply.products.map((p) => p.sku)),
  );
  const out = new Map<string, ProductInfo>();
  if (skus.size === 0) return out;
  let paths = categoryPaths.get(store);
  if (paths === undefined) {
    paths = store
      .list('categories/list')
      .then(
        (rows) =>
          new Map(
            categoryListSchema.parse(rows ?? []).map((c) => [c.id, c.path.split('/').map(Number)] as const),
          ),
      );
    categoryPaths.set(store, paths);
  }
  const ancestors = await paths;
  const colors = await store.colors();
  const colorOf = (p: Product): string[] => {
    const id = p.custom_attributes.find((a) => a.attribute_code === 'color')?.value;
    const label = id === undefined ? undefined : colors.get(id);
    return label === undefined ? [] : [label];
  };
  for (const sku of skus) {
    const product = await store.product(storeCode, sku);
    if (product === null) continue;
    const links = product.extension_attributes?.category_links ?? [];
    const categoryIds = [
      ...new Set(links.flatMap((l) => ancestors.get(Number(l.category_id)) ?? [Number(l.category_id)])),
    ];
    const variants = product.type_id === 'configurable' ? await store.children(sku) : [];
    out.set(sku, {
      name: product.name,
      categoryIds,
      colors: [...new Set([product, ...variants].flatMap(colorOf))],
    });
  }
  return out;
}
