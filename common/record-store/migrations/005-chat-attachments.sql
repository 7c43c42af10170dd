-- Files a customer uploaded to a conversation as evidence (photos of damage, a receipt). Kept with the
-- conversation in the record store, not on a local disk: every sidecar process behind a load balancer
-- reads the same rows, one backup holds the transcript and its files, and erasing a conversation erases
-- them (ON DELETE CASCADE). Sizes are bounded by the upload route (a few MB), which bytea holds well.
CREATE TABLE chat_attachments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  conversation_id uuid NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  -- The customer message that sent it; null until a message names it.
  message_id uuid REFERENCES messages (id) ON DELETE SET NULL,
  -- The file name the customer's device gave (shown to the reviewer, never used as a path).
  name text NOT NULL,
  -- Detected from the content, not the name or the client's header.
  content_type text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp', 'application/pdf')),
  size_bytes integer NOT NULL CHECK (size_bytes > 0),
  sha256 text NOT NULL,
  data bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX chat_attachments_conversation_idx ON chat_attachments (conversation_id, created_at);
