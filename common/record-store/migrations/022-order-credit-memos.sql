-- Credit memos Magento issued for orders whose refund or return Verity's answer denied, created after the
-- denial: the answer was reversed even when a person refunded in the Magento admin (outcome analytics,
-- sidecar/analytics/credit-memo-watch.ts). Only what the judgement needs: no amounts, no customer.
CREATE TABLE order_credit_memos (
  store_code text NOT NULL,
  order_number text NOT NULL,
  creditmemo_id text NOT NULL,
  created_at timestamptz NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (store_code, creditmemo_id)
);

CREATE INDEX order_credit_memos_created_idx ON order_credit_memos (created_at);

-- When each denied order's credit memos were last read from Magento (each is read at most every few hours).
CREATE TABLE credit_memo_checks (
  store_code text NOT NULL,
  order_number text NOT NULL,
  checked_at timestamptz NOT NULL,
  PRIMARY KEY (store_code, order_number)
);
