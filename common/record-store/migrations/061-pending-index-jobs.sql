-- Index jobs accepted over HTTP (a signed catalog webhook answered 202) that the job queue has not
-- taken yet: written before the 202, deleted once the queue holds the job. While Redis is away they
-- wait here and a relay hands them over when it is back, so an accepted change is never lost.
CREATE TABLE pending_index_jobs (
  job_id text PRIMARY KEY,
  job jsonb NOT NULL,
  accepted_at timestamptz NOT NULL DEFAULT now(),
  attempts integer NOT NULL DEFAULT 0,
  last_error text
);
