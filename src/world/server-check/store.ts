/**
 * The history of server checks in D1 (migrations/0001_server_checks.sql): results are added by the
 * scheduled run, read by requests, and pruned to the retention bound.
 */
import type { CheckResult, EndpointStatus, FailureCode, StepTime } from './types.js';
import { RETENTION_MS } from '../../limits.js';

interface Row {
  endpoint_id: string;
  checked_at: number;
  ok: number;
  failure: string | null;
  reachable: number;
  tls_verified: number;
  starttls_offered: number | null;
  mechanisms: string;
  steps: string;
  total_ms: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Adds `results` and deletes rows older than the retention bound, in one batch. */
export async function recordChecks(db: D1Database, results: readonly CheckResult[], now: number): Promise<void> {
  const insert = db.prepare(
    'INSERT OR REPLACE INTO server_checks (endpoint_id, checked_at, ok, failure, reachable, tls_verified, starttls_offered, mechanisms, steps, total_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  await db.batch([
    ...results.map((r) =>
      insert.bind(
        r.endpointId,
        r.checkedAt,
        r.ok ? 1 : 0,
        r.failure,
        r.reachable ? 1 : 0,
        r.tlsVerified ? 1 : 0,
        r.startTlsOffered === null ? null : r.startTlsOffered ? 1 : 0,
        JSON.stringify(r.mechanisms),
        JSON.stringify(r.steps),
        r.totalMs,
      ),
    ),
    db.prepare('DELETE FROM server_checks WHERE checked_at < ?').bind(now - RETENTION_MS),
  ]);
}

const fromRow = (row: Row): CheckResult => ({
  endpointId: row.endpoint_id,
  checkedAt: row.checked_at,
  ok: row.ok === 1,
  failure: row.failure as FailureCode | null,
  reachable: row.reachable === 1,
  tlsVerified: row.tls_verified === 1,
  startTlsOffered: row.starttls_offered === null ? null : row.starttls_offered === 1,
  mechanisms: JSON.parse(row.mechanisms) as string[],
  steps: JSON.parse(row.steps) as StepTime[],
  totalMs: row.total_ms,
});

/**
 * Every endpoint's status as of `now`, by endpoint id; an endpoint never checked is absent.
 * Two queries: the last row per endpoint, and the 30 days' counts and 24 hours' rows.
 */
export async function readStatuses(db: D1Database, now: number): Promise<Map<string, EndpointStatus>> {
  const [latest, shares, day] = await db.batch<Record<string, unknown>>([
    db.prepare(
      'SELECT c.* FROM server_checks c JOIN (SELECT endpoint_id, MAX(checked_at) AS at FROM server_checks GROUP BY endpoint_id) m ON c.endpoint_id = m.endpoint_id AND c.checked_at = m.at',
    ),
    db
      .prepare(
        'SELECT endpoint_id, SUM(ok) AS good, COUNT(*) AS total, SUM(CASE WHEN checked_at >= ? THEN ok ELSE 0 END) AS good24, SUM(CASE WHEN checked_at >= ? THEN 1 ELSE 0 END) AS total24 FROM server_checks WHERE checked_at >= ? GROUP BY endpoint_id',
      )
      .bind(now - DAY_MS, now - DAY_MS, now - RETENTION_MS),
    db
      .prepare('SELECT endpoint_id, checked_at, ok FROM server_checks WHERE checked_at >= ? ORDER BY checked_at')
      .bind(now - DAY_MS),
  ]);
  const share = (good: unknown, total: unknown) => (Number(total) > 0 ? Number(good) / Number(total) : null);
  const statuses = new Map<string, EndpointStatus>();
  for (const row of (latest?.results ?? []) as unknown as Row[]) {
    const counts = (shares?.results ?? []).find((s) => s.endpoint_id === row.endpoint_id);
    statuses.set(row.endpoint_id, {
      last: fromRow(row),
      share24h: counts ? share(counts.good24, counts.total24) : null,
      share30d: counts ? share(counts.good, counts.total) : null,
      day: (day?.results ?? [])
        .filter((d) => d.endpoint_id === row.endpoint_id)
        .map((d) => ({ at: Number(d.checked_at), ok: d.ok === 1 })),
    });
  }
  return statuses;
}
