-- What an assistant message showed besides its text, products and citations (order cards, comparison
-- table, escalation, quick replies), as it was sent: a widget restores it after a page reload. `{}` for
-- messages stored before this column existed.
ALTER TABLE messages
  ADD COLUMN reply_extras jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(reply_extras) = 'object');
