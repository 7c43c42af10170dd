-- Every message of a conversation, with what the engine understood and what backed the reply.
CREATE TABLE messages (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  conversation_id uuid NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('customer', 'assistant', 'system')),
  text text NOT NULL,
  intent text,
  confidence double precision CHECK (confidence >= 0 AND confidence <= 1),
  entities jsonb NOT NULL DEFAULT '[]'::jsonb,
  citations jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(citations) = 'array'),
  products jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(products) = 'array'),
  trace_id text,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- A conversation's history in order.
CREATE INDEX messages_conversation_idx ON messages (conversation_id, created_at, id);
-- Analytics by date (joined to conversations for the store) and by intent.
CREATE INDEX messages_created_idx ON messages (created_at);
CREATE INDEX messages_intent_created_idx ON messages (intent, created_at) WHERE intent IS NOT NULL;
