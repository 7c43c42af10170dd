-- Every authorization decision on a bounded action (return, refund, cancel, coupon), one row per
-- idempotency key = (store, order, action, items). It is also the outbox that executes approved actions
-- exactly once: decided → executing → done | failed. A request that was not approved (deny,
-- needs_evidence, human_review) is 'held'; asking again (e.g. with evidence) decides it again.
CREATE TABLE action_requests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  idempotency_key text NOT NULL UNIQUE,
  action text NOT NULL CHECK (action IN ('return', 'refund', 'cancel', 'coupon')),
  store_code text NOT NULL,
  -- Magento order entity id and increment id (the order number customers see).
  order_id bigint NOT NULL,
  order_number text NOT NULL,
  -- Magento customer id, or `guest:<lower-case e-mail>` for guest orders.
  customer_key text NOT NULL,
  conversation_id text,
  reason text NOT NULL,
  verdict text NOT NULL CHECK (verdict IN ('approve', 'deny', 'needs_evidence', 'human_review')),
  -- Amount decided, in cents of the website's base currency (int8 reads as a number on both adapters).
  amount_cents bigint NOT NULL DEFAULT 0 CHECK (amount_cents >= 0),
  currency text NOT NULL,
  state text NOT NULL CHECK (state IN ('held', 'decided', 'executing', 'done', 'failed')),
  -- The validated action input the executor runs with.
  payload jsonb NOT NULL,
  -- The authorization result (verdict, items, violations, reasons).
  decision jsonb NOT NULL,
  -- What Magento looked like before the first execution attempt (e.g. credit memo ids), for reconciliation.
  pre_state jsonb,
  result jsonb,
  error text,
  attempts integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((state = 'held') = (verdict <> 'approve'))
);

-- Running per-customer totals within the bounds period (history for the next decision).
CREATE INDEX action_requests_customer_idx ON action_requests (store_code, customer_key, created_at);
-- The recovery routine's work list.
CREATE INDEX action_requests_pending_idx ON action_requests (state, updated_at) WHERE state IN ('decided', 'executing');
CREATE INDEX action_requests_order_idx ON action_requests (order_number);
