import { createHash, randomBytes } from 'node:crypto';
import { canonicalJson } from '../policy/policy-version.js';
import type { AuditEntry } from './audit-entry.js';

/** The fields of an audit entry that are about a person, erasable on request. */
export interface PersonalFields {
  customerKey: AuditEntry['customerKey'];
  customerText: AuditEntry['customerText'];
  inputs: AuditEntry['inputs'];
  /** Each call's input and output (order facts, addresses); names, outcomes and durations stay chained. */
  toolCalls: { input: unknown; output: unknown }[];
}

/** What is stored beside the chain, and the commitment the chained record holds instead. */
export interface SealedEntry {
  /** The entry as chained: personal fields emptied, `personal` = salted sha256 of them. */
  chained: AuditEntry & { personal: string };
  personal: { subject: string | null; salt: string; fields: string };
}

export function commitment(salt: string, fields: string): string {
  return createHash('sha256').update(salt).update('\n').update(fields).digest('hex');
}

/** Splits an entry into its chained part and its personal fields (salted, so a guess cannot be confirmed). */
export function sealEntry(entry: AuditEntry, salt: string = randomBytes(16).toString('hex')): SealedEntry {
  const personal: PersonalFields = {
    customerKey: entry.customerKey,
    customerText: entry.customerText,
    inputs: entry.inputs,
    toolCalls: entry.toolCalls.map((call) => ({ input: call.input ?? null, output: call.output ?? null })),
  };
  const fields = canonicalJson(personal);
  return {
    chained: {
      ...emptied(entry),
      personal: commitment(salt, fields),
    },
    personal: { subject: entry.customerKey, salt, fields },
  };
}

/** The entry with its personal fields emptied: what the chain holds, and what is left after erasure. */
export function emptied<E extends AuditEntry>(entry: E): E {
  return {
    ...entry,
    customerKey: null,
    customerText: null,
    inputs: {},
    toolCalls: entry.toolCalls.map((call) => ({ ...call, input: null, output: null })),
  };
}

/** The entry with its personal fields put back (read from `audit_personal`). */
export function unsealed<E extends AuditEntry>(entry: E, fields: string): E {
  const personal = JSON.parse(fields) as PersonalFields;
  return {
    ...entry,
    customerKey: personal.customerKey,
    customerText: personal.customerText,
    inputs: personal.inputs,
    toolCalls: entry.toolCalls.map((call, i) => ({
      ...call,
      input: personal.toolCalls[i]?.input ?? null,
      output: personal.toolCalls[i]?.output ?? null,
    })),
  };
}

/** The personal fields of a read-back entry, canonical, to check against its commitment. */
export function personalFieldsOf(entry: AuditEntry): string {
  return canonicalJson({
    customerKey: entry.customerKey,
    customerText: entry.customerText,
    inputs: entry.inputs,
    toolCalls: entry.toolCalls.map((call) => ({ input: call.input ?? null, output: call.output ?? null })),
  } satisfies PersonalFields);
}
