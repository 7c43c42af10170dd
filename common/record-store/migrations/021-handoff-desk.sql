-- The human side of a handoff: a ticket's life (open → claimed → resolved | handed back), the agent who
-- holds the conversation, the facts the co-pilot drafts from, durable webhook deliveries, agent messages
-- in the transcript and operator sign-in sessions.
ALTER TABLE handoff_tickets DROP CONSTRAINT handoff_tickets_status_check;
UPDATE handoff_tickets SET status = CASE status WHEN 'assigned' THEN 'claimed' WHEN 'closed' THEN 'resolved' ELSE status END;
ALTER TABLE handoff_tickets
  ADD CONSTRAINT handoff_tickets_status_check CHECK (status IN ('open', 'claimed', 'resolved', 'handed_back')),
  -- The operator login holding the conversation while claimed; the last holder afterwards.
  ADD COLUMN claimed_by text,
  ADD COLUMN claimed_at timestamptz,
  ADD COLUMN closed_at timestamptz,
  -- Why an agent resolved it or handed it back (free text of the agent's, shown in the inbox).
  ADD COLUMN resolution text,
  -- What the turn established when it handed off (policy, order, action facts; the flow's slots and
  -- decision once flows pass them): the co-pilot's draft is built from these, never from the transcript.
  ADD COLUMN context jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(context) = 'object'),
  -- When the customer was told when to expect an answer outside business hours (once per ticket).
  ADD COLUMN after_hours_notice_at timestamptz,
  ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();

-- One live ticket per conversation: a second handoff while one is open or claimed reuses it.
CREATE UNIQUE INDEX handoff_tickets_one_live_idx ON handoff_tickets (conversation_id)
  WHERE status IN ('open', 'claimed');
-- The inbox's queue: live tickets, oldest first.
CREATE INDEX handoff_tickets_status_idx ON handoff_tickets (status, created_at);

-- Webhook deliveries as an outbox: written in the ticket's transaction, sent and retried by a poller
-- (across restarts and processes: a row is leased with `next_attempt_at` before it is sent).
CREATE TABLE webhook_deliveries (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  ticket_id uuid REFERENCES handoff_tickets (id) ON DELETE CASCADE,
  event text NOT NULL,
  url text NOT NULL,
  body text NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
  attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  delivered_at timestamptz
);
CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';

-- A person's message in the transcript: role 'agent', with the operator login that wrote it.
ALTER TABLE messages DROP CONSTRAINT messages_role_check;
ALTER TABLE messages
  ADD CONSTRAINT messages_role_check CHECK (role IN ('customer', 'assistant', 'system', 'agent')),
  ADD COLUMN author text;

-- Signed-in operators of the inbox. Only a sha256 of the cookie's random token is stored.
CREATE TABLE operator_sessions (
  token_hash text PRIMARY KEY,
  login text NOT NULL,
  role text NOT NULL CHECK (role IN ('agent', 'admin')),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX operator_sessions_expires_idx ON operator_sessions (expires_at);
