-- Insertion order of messages. `created_at` can tie (PGlite's clock is coarse, and two messages of one
-- turn are stored within microseconds), and uuids carry no order, so history sorts by this sequence.
ALTER TABLE messages ADD COLUMN seq bigserial NOT NULL;
CREATE INDEX messages_conversation_seq ON messages (conversation_id, seq);
