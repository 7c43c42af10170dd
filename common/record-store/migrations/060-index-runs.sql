-- One row per catalog index job run: what was asked, how far it got, and its data-quality report.
CREATE TABLE index_runs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  job_id text,
  job_type text NOT NULL CHECK (job_type IN ('full', 'incremental', 'upsert-skus', 'delete-skus')),
  store text NOT NULL,
  job jsonb NOT NULL,
  status text NOT NULL CHECK (status IN ('running', 'succeeded', 'failed')),
  processed integer NOT NULL DEFAULT 0 CHECK (processed >= 0),
  total integer CHECK (total >= 0),
  written integer NOT NULL DEFAULT 0,
  unchanged integer NOT NULL DEFAULT 0,
  deleted integer NOT NULL DEFAULT 0,
  skipped integer NOT NULL DEFAULT 0,
  invalid integer NOT NULL DEFAULT 0,
  report jsonb,
  error text,
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz
);

-- The latest runs of a store (operator view, "since the last successful run").
CREATE INDEX index_runs_store_started_idx ON index_runs (store, started_at DESC);

-- Which documents the index holds per store view, so a full run can remove what Magento no longer has.
CREATE TABLE index_documents (
  store text NOT NULL,
  doc_type text NOT NULL,
  doc_id text NOT NULL,
  checksum text NOT NULL,
  indexed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (store, doc_type, doc_id)
);
