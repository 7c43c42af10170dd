import type { SqlExecutor } from '../../common/record-store/record-store.js';

/**
 * Who a privacy request or an inbox search is about: a Magento customer id, an e-mail address (a
 * guest, or the e-mail a signed-in customer gave), or both.
 */
export interface CustomerRef {
  customerId?: string;
  email?: string;
}

/** `42` → customer id; anything with an `@` → e-mail (lower-cased). */
export function parseCustomerRef(value: string): CustomerRef {
  const trimmed = value.trim();
  return trimmed.includes('@') ? { email: trimmed.toLowerCase() } : { customerId: trimmed };
}

/**
 * Ids of every conversation that belongs to the customer: started by their account, or whose handoff
 * ticket or action request names their e-mail (guest conversations are known by nothing else).
 */
export async function customerConversationIds(db: SqlExecutor, ref: CustomerRef): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT id FROM conversations WHERE $1::text IS NOT NULL AND customer_id = $1
     UNION
     SELECT conversation_id FROM handoff_tickets
      WHERE ($1::text IS NOT NULL AND customer->>'id' = $1) OR ($2::text IS NOT NULL AND lower(customer->>'email') = $2)
     UNION
     SELECT c.id FROM action_requests a JOIN conversations c ON c.id::text = a.conversation_id
      WHERE ($1::text IS NOT NULL AND a.customer_key = $1) OR ($2::text IS NOT NULL AND a.customer_key = 'guest:' || $2)`,
    [ref.customerId ?? null, ref.email ?? null],
  );
  return rows.map((row) => row.id);
}
