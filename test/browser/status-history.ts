/**
 * A day of server checks written into a `wrangler dev` state folder's D1, as the Cron Trigger
 * would have written them, so the browser tests see the assistant's status line and bars: every
 * endpoint checked every half hour, IMAP on 993 failing for the last hour, port 25 never judged.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalog } from '../../src/catalog/catalog.js';
import { allEndpoints } from '../../src/domain/endpoints.js';

/** The endpoint the history has failing, and since how many checks. */
export const FAILING_ENDPOINT = 'mail.routing.net/IMAP/SSL_TLS/993';
const FAILED_CHECKS = 2;
const HALF_HOUR = 30 * 60 * 1000;

function wrangler(args: string[]): void {
  const result = spawnSync('npx', ['wrangler', ...args], {
    encoding: 'utf8',
    env: { ...process.env, WRANGLER_HIDE_BANNER: 'true', WRANGLER_SEND_METRICS: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (result.status !== 0) throw new Error(`wrangler ${args.join(' ')}:\n${result.stdout}${result.stderr}`);
}

/** The rows of a day of checks ending a minute before `now`, as SQL. */
function historySql(now: number): string {
  const last = now - 60 * 1000;
  const rows = allEndpoints(catalog).flatMap((endpoint) =>
    Array.from({ length: 48 }, (_, i) => {
      const at = last - i * HALF_HOUR;
      const failure =
        endpoint.port === 25
          ? "'NOT_CHECKABLE'"
          : endpoint.id === FAILING_ENDPOINT && i < FAILED_CHECKS
            ? "'CONNECT_FAILED'"
            : 'NULL';
      const ok = failure === 'NULL' ? 1 : 0;
      return `('${endpoint.id}', ${at}, ${ok}, ${failure}, ${ok}, ${ok && endpoint.security !== 'NONE' ? 1 : 0}, NULL, '[]', '[]', 40)`;
    }),
  );
  return `INSERT INTO server_checks (endpoint_id, checked_at, ok, failure, reachable, tls_verified, starttls_offered, mechanisms, steps, total_ms) VALUES\n${rows.join(',\n')};\n`;
}

/** Applies the D1 migrations in the state folder `dir` and writes a day of checks up to `now`. */
export function writeStatusHistory(dir: string, now = Date.now()): void {
  const local = ['--local', '--persist-to', dir];
  wrangler(['d1', 'migrations', 'apply', 'STATUS_DB', ...local]);
  const file = join(dir, 'history.sql');
  writeFileSync(file, historySql(now));
  wrangler(['d1', 'execute', 'STATUS_DB', ...local, '--file', file]);
}
