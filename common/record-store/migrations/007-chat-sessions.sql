-- The durable copy of each chat session's dialogue state (verified guest orders, what was last shown),
-- written with every turn. Redis, when configured, is the fast shared copy; when Redis is away or
-- restarted empty, the conversation continues from here instead of forgetting a verified guest.
CREATE TABLE chat_sessions (
  session_id text PRIMARY KEY,
  state jsonb NOT NULL,
  expires_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX chat_sessions_expires_idx ON chat_sessions (expires_at);
