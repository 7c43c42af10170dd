-- The personal fields of an audit entry (who the customer is, what they were told, the facts and tool
-- results about them), kept beside the hash chain: the chained record holds only a salted sha256 of them,
-- so a customer's erasure deletes these rows and every hash in `audit_log` still verifies. Rows of
-- `audit_log` written before this migration hold their fields in the record itself.
CREATE TABLE audit_personal (
  -- The entry's seq in `audit_log` (no foreign key: the log refuses every change anyway, and its
  -- tamper checks must be able to remove a row behind the trigger's back).
  seq bigint PRIMARY KEY,
  -- The entry's customer key (Magento customer id or `guest:<e-mail>`), to find a customer's rows.
  subject text,
  salt text NOT NULL,
  -- Canonical JSON of { customerKey, customerText, inputs, toolCalls }.
  fields text NOT NULL
);
CREATE INDEX audit_personal_subject_idx ON audit_personal (subject) WHERE subject IS NOT NULL;
