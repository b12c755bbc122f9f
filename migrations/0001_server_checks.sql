-- One row per check of one endpoint of the catalog (src/world/server-check/store.ts).
CREATE TABLE server_checks (
  endpoint_id TEXT NOT NULL,
  checked_at INTEGER NOT NULL,
  ok INTEGER NOT NULL,
  failure TEXT,
  reachable INTEGER NOT NULL,
  tls_verified INTEGER NOT NULL,
  starttls_offered INTEGER,
  mechanisms TEXT NOT NULL,
  steps TEXT NOT NULL,
  total_ms INTEGER NOT NULL,
  PRIMARY KEY (endpoint_id, checked_at)
);
CREATE INDEX server_checks_by_time ON server_checks (checked_at);
