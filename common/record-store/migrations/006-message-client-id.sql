-- The client's own id for a message (a uuid the widget picks and sends again on Retry). A repeat finds
-- the customer message and the reply already recorded under it instead of recording them twice.
ALTER TABLE messages ADD COLUMN client_message_id uuid;
-- What the live reply carried besides its payload (actions, confidence, entities), so a repeat returns
-- the same reply. `{}` for every other message.
ALTER TABLE messages ADD COLUMN turn_summary jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(turn_summary) = 'object');

CREATE UNIQUE INDEX messages_client_message_idx ON messages (conversation_id, role, client_message_id)
  WHERE client_message_id IS NOT NULL;
