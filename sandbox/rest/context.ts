import type { Request, Response } from 'express';
import type { TokenStore } from '../auth.js';
import type { SandboxData } from '../data/sandbox-data.js';
import type { ProductNotifier } from '../notify.js';
import { sendError, sendMagento } from '../magento-response.js';
import {
  applySearchCriteria,
  parseSearchCriteria,
  type FieldReader,
  type SearchCriteria,
} from '../search-criteria.js';

/** What every REST router gets: the live data, the token store and the optional change notifier. */
export interface RestContext {
  data: SandboxData;
  tokens: TokenStore;
  notifier?: ProductNotifier;
}

/** Reads a top-level field of a Magento-shaped row. */
export const topLevel: FieldReader<object> = (row, field) => (row as Record<string, unknown>)[field];

/**
 * Answers a `GET …?searchCriteria…` list with Magento's `{items, search_criteria, total_count}` envelope.
 * `rows` may depend on the criteria: the rows they can match (a lookup by key), still filtered here.
 */
export function sendList<T>(
  req: Request,
  res: Response,
  rows: readonly T[] | ((criteria: SearchCriteria) => readonly T[]),
  read: FieldReader<T>,
  serialize: (row: T) => unknown = (row) => row,
): void {
  const parsed = parseSearchCriteria((req.query as Record<string, unknown>).searchCriteria);
  if (!parsed.ok) return sendError(res, 400, parsed.error.message, parsed.error.parameters);
  const candidates = typeof rows === 'function' ? rows(parsed.value) : rows;
  const { items, total_count } = applySearchCriteria(candidates, parsed.value, read);
  sendMagento(res, { items: items.map(serialize), search_criteria: parsed.value, total_count });
}

/** A positive integer path parameter, or undefined. */
export function intParam(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : Number.NaN;
  return Number.isSafeInteger(n) ? n : undefined;
}
