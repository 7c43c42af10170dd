-- LLM spend per customer (customer id, or session id for guests) per UTC day, for the daily spend cap.
CREATE TABLE llm_spend (
  customer_key text NOT NULL,
  day date NOT NULL,
  usd numeric(12, 6) NOT NULL DEFAULT 0 CHECK (usd >= 0),
  PRIMARY KEY (customer_key, day)
);

-- Old days are deleted by retention jobs.
CREATE INDEX llm_spend_day_idx ON llm_spend (day);
