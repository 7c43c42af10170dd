-- Return requests recorded by Verity where the store has no Adobe Commerce RMA: the record a colleague
-- works from (with an order comment and a handoff), one per idempotency key.
CREATE TABLE return_requests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  idempotency_key text NOT NULL UNIQUE,
  store_code text NOT NULL,
  order_id bigint NOT NULL,
  order_number text NOT NULL,
  customer_key text NOT NULL,
  reason text NOT NULL,
  -- [{ "order_item_id": 12, "qty": 1, "sku": "VT-TEE" }]
  items jsonb NOT NULL CHECK (jsonb_typeof(items) = 'array'),
  status text NOT NULL DEFAULT 'requested' CHECK (status IN ('requested', 'received', 'closed')),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX return_requests_order_idx ON return_requests (order_number);
