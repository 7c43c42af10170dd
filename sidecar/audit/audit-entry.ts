import { z } from 'zod';

/** One tool or Magento call made while handling a request, with what it returned. */
export const toolCallSchema = z.object({
  name: z.string().min(1),
  input: z.unknown(),
  output: z.unknown(),
  ok: z.boolean(),
  /** Wall time of the call, milliseconds. */
  durationMs: z.number().min(0),
});
export type ToolCall = z.infer<typeof toolCallSchema>;

/**
 * What the audit trail records about one decision or execution: enough to replay it for a chargeback
 * review — who asked, about which order, with which inputs, under which policy rule and version and
 * which bounds, what was decided and why, what the customer was told, which calls were made.
 */
export const auditEntrySchema = z.object({
  kind: z.enum([
    'action_decision',
    'action_execution',
    'action_duplicate',
    'action_recovery',
    'conversation_turn',
  ]),
  /** When the event happened (the caller's clock), ISO 8601. */
  at: z.iso.datetime({ offset: true }),
  conversationId: z.string().nullable(),
  /** Magento customer id, or `guest:<e-mail>`. */
  customerKey: z.string().nullable(),
  storeCode: z.string().nullable(),
  /** The order's increment id (what customers call the order number). */
  orderNumber: z.string().nullable(),
  action: z.string().nullable(),
  idempotencyKey: z.string().nullable(),
  inputs: z.record(z.string(), z.unknown()),
  /** Policy rule and version per item the decision relied on. */
  policy: z.array(z.object({ itemId: z.number().int().nullable(), ruleId: z.string(), version: z.string() })),
  /** The merchant bounds in force. */
  bounds: z.record(z.string(), z.unknown()).nullable(),
  decision: z
    .object({
      verdict: z.string(),
      codes: z.array(z.string()),
      reasons: z.array(z.string()),
    })
    .nullable(),
  /** The text the customer saw, when there was one. */
  customerText: z.string().nullable(),
  toolCalls: z.array(toolCallSchema),
  /** Durations of the steps, milliseconds, e.g. `{ "authorize": 1.2, "execute": 240 }`. */
  timings: z.record(z.string(), z.number()),
  /**
   * Set by the log, never by a caller: salted sha256 of the personal fields, which are stored beside the
   * chain (`audit_personal`) so they can be erased without breaking it. Absent on entries written before.
   */
  personal: z.string().optional(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** A stored entry: the entry plus its place in the chain. */
export interface AuditRecord extends AuditEntry {
  seq: number;
  recordedAt: string;
  prevHash: string;
  hash: string;
  /** The salt of the `personal` commitment, while the personal fields are held. */
  personalSalt?: string;
  /** True when the personal fields were erased (customer key, text, inputs and tool call data are empty). */
  erased?: boolean;
}
