-- One chat conversation: a session's exchange with the assistant in one store view.
CREATE TABLE conversations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  session_id text NOT NULL,
  store_code text NOT NULL,
  -- Magento customer entity id (the customer token's `sub`); NULL for guests.
  customer_id text,
  channel text NOT NULL DEFAULT 'web',
  started_at timestamptz NOT NULL DEFAULT now(),
  last_message_at timestamptz NOT NULL DEFAULT now(),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved', 'escalated', 'expired')),
  metadata jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(metadata) = 'object')
);

-- History of a session, newest first.
CREATE INDEX conversations_session_idx ON conversations (session_id, started_at DESC);
-- Analytics per store and date range.
CREATE INDEX conversations_store_started_idx ON conversations (store_code, started_at);
-- A customer's conversations (support view, data export and erasure requests).
CREATE INDEX conversations_customer_idx ON conversations (customer_id, started_at DESC) WHERE customer_id IS NOT NULL;
