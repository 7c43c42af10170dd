import { ValidationError, formatIssuePath } from '../../common/errors.js';
import { SUITE } from './suite/index.js';
import { taskSchema, type Task, type TaskInput } from './task-schema.js';

/** Validates task inputs: a bad field is named with the task's id; ids are unique. */
export function parseTasks(inputs: readonly TaskInput[]): Task[] {
  const seen = new Set<string>();
  return inputs.map((input, i) => {
    const parsed = taskSchema.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ValidationError(
        `task ${input.id ?? `#${i}`}: ${formatIssuePath(issue?.path ?? [])}: ${issue?.message ?? 'invalid'}`,
      );
    }
    const task = parsed.data;
    if (seen.has(task.id)) throw new ValidationError(`task ${task.id} is defined twice`);
    seen.add(task.id);
    for (const name of namedOrders(task))
      if (task.orders[name] === undefined)
        throw new ValidationError(`task ${task.id} refers to order "${name}", which it does not name`);
    return task;
  });
}

/** Order names the task's expectations use. */
function namedOrders(task: Task): string[] {
  const facts = [...task.expect.facts, ...task.turns.flatMap((t) => (typeof t === 'string' ? [] : t.facts))];
  return [
    ...[task.expect.store, ...task.expect.or.map((o) => o.store)].flat().map((c) => c.order),
    ...facts.flatMap((f) => {
      if ('tracking' in f) return [f.tracking];
      if ('orderNumber' in f) return [f.orderNumber];
      if ('orderTotal' in f) return [f.orderTotal];
      if ('refunded' in f) return [f.refunded];
      if ('linesAmount' in f) return [f.linesAmount.order];
      return [];
    }),
  ];
}

/** The suite's tasks, optionally only those whose id or flow contains one of `filters`. */
export function loadTasks(filters: readonly string[] = []): Task[] {
  const tasks = parseTasks(SUITE);
  return filters.length === 0
    ? tasks
    : tasks.filter((t) => filters.some((f) => t.id.includes(f) || t.flow === f || t.store === f));
}
