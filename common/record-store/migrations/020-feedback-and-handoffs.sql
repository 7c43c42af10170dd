-- A customer's rating of one assistant message (1–5; the widget's thumbs send 5 and 1).
CREATE TABLE feedback (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  conversation_id uuid NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  message_id uuid NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
  rating smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
  comment text,
  created_at timestamptz NOT NULL DEFAULT now(),
  -- One rating per message: a second one replaces the first.
  UNIQUE (message_id)
);
CREATE INDEX feedback_created_idx ON feedback (created_at);

-- A conversation handed to a human, with everything the agent needs to pick it up.
CREATE TABLE handoff_tickets (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  conversation_id uuid NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  store_code text NOT NULL,
  reason text NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'assigned', 'closed')),
  customer jsonb NOT NULL DEFAULT '{}'::jsonb,
  orders jsonb NOT NULL DEFAULT '[]'::jsonb,
  transcript jsonb NOT NULL DEFAULT '[]'::jsonb,
  suggested_reply text,
  webhook_status text NOT NULL DEFAULT 'not_configured'
    CHECK (webhook_status IN ('not_configured', 'pending', 'delivered', 'failed')),
  webhook_attempts integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX handoff_tickets_conversation_idx ON handoff_tickets (conversation_id);
CREATE INDEX handoff_tickets_created_idx ON handoff_tickets (store_code, created_at);
