-- The audit trail: append-only and hash-chained. Each row's `hash` is sha256(prev_hash + "\n" + record),
-- where `record` is the canonical JSON of the entry (seq and time included), so editing, removing or
-- reordering any row breaks the chain (`verifyChain`). The columns beside `record` are copies for lookup.
CREATE TABLE audit_log (
  -- Gapless: assigned by the appender while it holds the table lock.
  seq bigint PRIMARY KEY CHECK (seq > 0),
  recorded_at timestamptz NOT NULL,
  kind text NOT NULL,
  store_code text,
  order_number text,
  customer_key text,
  conversation_id text,
  record text NOT NULL,
  prev_hash text NOT NULL,
  hash text NOT NULL UNIQUE
);

-- Replay by order number, in order.
CREATE INDEX audit_log_order_idx ON audit_log (order_number, seq) WHERE order_number IS NOT NULL;
CREATE INDEX audit_log_customer_idx ON audit_log (customer_key, seq) WHERE customer_key IS NOT NULL;

CREATE FUNCTION audit_log_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_reject_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_reject_change();
