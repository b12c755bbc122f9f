/**
 * `serviceStatus` as a client reads it (SELF.fetch), after scheduled runs against the real local
 * servers: no check yet, all good, and a failure in words in English and German; never cached.
 */
import { applyD1Migrations, SELF } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { catalog } from '../../src/catalog/catalog.js';
import { runServerChecks } from '../../src/world/server-check/run.js';
import { remap } from './dial.js';
import { CLOSED_PORT } from './ports.js';

const state = inject('mailServers');
const up = state === 'up';
if (!up) console.warn(`SKIPPED: the serviceStatus tests did not run: ${state}.`);

const QUERY =
  'query S($locale: Locale) { serviceStatus(locale: $locale) { endpoint { endpointId } lastCheck { good reachable tlsVerified startTlsOffered mechanisms failure failureReason milliseconds } goodShareLast24Hours goodShareLast30Days } }';

async function status(locale: 'EN' | 'DE' = 'EN') {
  const response = await SELF.fetch('https://api.test/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query: QUERY, variables: { locale } }),
  });
  expect(response.status).toBe(200);
  const body: any = await response.json();
  expect(body.errors).toBeUndefined();
  const byId = new Map<string, any>(body.data.serviceStatus.map((s: any) => [s.endpoint.endpointId, s]));
  return { response, byId };
}

describe.runIf(up)('serviceStatus', () => {
  beforeAll(async () => {
    await applyD1Migrations(env.STATUS_DB, env.TEST_MIGRATIONS);
  });
  beforeEach(async () => {
    await env.STATUS_DB.exec('DELETE FROM server_checks');
  });

  it('says no check has run yet', async () => {
    const { byId } = await status();
    expect(byId.size).toBe(9);
    expect(byId.get('mail.routing.net/IMAP/SSL_TLS/993')).toMatchObject({
      lastCheck: null,
      goodShareLast24Hours: null,
    });
  });

  it('shows the last check, its failure in both languages, and the shares, never from a cache', async () => {
    const now = Date.now();
    await runServerChecks(env.STATUS_DB, catalog, undefined, now - 60_000);
    await runServerChecks(env.STATUS_DB, catalog, remap(993, CLOSED_PORT), now);

    const en = await status('EN');
    expect(en.response.headers.get('Cache-Control')).toBe('no-store');
    const imaps = en.byId.get('mail.routing.net/IMAP/SSL_TLS/993');
    expect(imaps).toMatchObject({
      lastCheck: { good: false, reachable: false, failure: 'CONNECT_FAILED' },
      goodShareLast24Hours: 0.5,
      goodShareLast30Days: 0.5,
    });
    expect(imaps.lastCheck.failureReason).toMatch(/could not be reached/);
    expect(en.byId.get('mail.routing.net/SMTP/STARTTLS/587')).toMatchObject({
      lastCheck: {
        good: true,
        tlsVerified: true,
        startTlsOffered: true,
        mechanisms: ['LOGIN', 'PLAIN'],
        failure: null,
      },
      goodShareLast24Hours: 1,
    });
    expect(en.byId.get('mail.routing.net/SMTP/NONE/25').lastCheck.failure).toBe('NOT_CHECKABLE');

    const de = await status('DE');
    expect(de.byId.get('mail.routing.net/IMAP/SSL_TLS/993').lastCheck.failureReason).toMatch(/nicht erreichbar/);

    // A newer run shows at once: the answer cache never kept the earlier answer.
    await runServerChecks(env.STATUS_DB, catalog, undefined, now + 1_000);
    expect((await status('EN')).byId.get('mail.routing.net/IMAP/SSL_TLS/993').lastCheck.good).toBe(true);
  });
});
