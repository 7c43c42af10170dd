import type { TaskInput } from '../task-schema.js';
import { CANCEL_TASKS } from './cancel.js';
import { FRENCH_TASKS } from './french.js';
import { KNOWLEDGE_TASKS } from './knowledge.js';
import { ORDER_REFERENCE_TASKS, ORDER_TASKS } from './orders.js';
import { PRODUCT_TASKS } from './products.js';
import { RETURN_TASKS } from './returns.js';
import { SERVICE_TASKS } from './service.js';
import { KIND_QUESTION_TASKS, SHOPPER_WORD_TASKS } from './shopper-words.js';

/** Every task of the suite, in the order they run. */
export const SUITE: TaskInput[] = [
  ...ORDER_TASKS,
  ...ORDER_REFERENCE_TASKS,
  ...RETURN_TASKS,
  ...CANCEL_TASKS,
  ...PRODUCT_TASKS,
  ...KNOWLEDGE_TASKS,
  ...SERVICE_TASKS,
  ...FRENCH_TASKS,
  ...SHOPPER_WORD_TASKS,
  ...KIND_QUESTION_TASKS,
];
