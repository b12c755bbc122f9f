/**
 * The scheduled server checks against real Dovecot and Postfix on loopback, with a certificate for
 * mail.routing.net from a test CA that workerd trusts (NODE_EXTRA_CA_CERTS, vitest.config.ts).
 * Without the servers, says SKIPPED and does not run.
 */
import { applyD1Migrations, createExecutionContext, createScheduledController } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { catalog } from '../../src/catalog/catalog.js';
import worker from '../../src/index.js';
import { checkEndpoint } from '../../src/world/server-check/check.js';
import { runServerChecks } from '../../src/world/server-check/run.js';
import { remap } from './dial.js';
import { CLOSED_PORT, GARBAGE_PORT, NO_TLS_IMAP_PORT, SILENT_PORT } from './ports.js';

const state = inject('mailServers');
const up = state === 'up';
if (!up) console.warn(`SKIPPED: the server-check tests did not run: ${state}.`);

const rows = async () =>
  (await env.STATUS_DB.prepare('SELECT * FROM server_checks ORDER BY endpoint_id').all<Record<string, unknown>>())
    .results;
const rowFor = async (id: string) => (await rows()).find((row) => row.endpoint_id === id);

describe.runIf(up)('server checks against real servers', () => {
  beforeAll(async () => {
    await applyD1Migrations(env.STATUS_DB, env.TEST_MIGRATIONS);
  });
  beforeEach(async () => {
    await env.STATUS_DB.exec('DELETE FROM server_checks');
  });

  it('the Cron Trigger checks every endpoint and keeps the results in D1', async () => {
    await worker.scheduled(
      createScheduledController({ scheduledTime: new Date(), cron: '*/5 * * * *' }),
      env,
      createExecutionContext(),
    );
    const results = await rows();
    expect(results).toHaveLength(9);
    for (const port of [993, 995, 465]) {
      const row = results.find((r) => String(r.endpoint_id).endsWith(`/SSL_TLS/${port}`));
      expect(row, `port ${port}`).toMatchObject({ ok: 1, reachable: 1, tls_verified: 1, failure: null });
    }
    for (const port of [143, 110, 587]) {
      const row = results.find((r) => String(r.endpoint_id).endsWith(`/STARTTLS/${port}`));
      expect(row, `port ${port}`).toMatchObject({ ok: 1, tls_verified: 1, starttls_offered: 1 });
    }
    expect(JSON.parse(String((await rowFor('mail.routing.net/IMAP/SSL_TLS/993'))?.mechanisms))).toEqual([
      'LOGIN',
      'PLAIN',
    ]);
    expect(JSON.parse(String((await rowFor('mail.routing.net/SMTP/STARTTLS/587'))?.mechanisms))).toEqual([
      'LOGIN',
      'PLAIN',
    ]);
    expect(await rowFor('mail.routing.net/SMTP/NONE/25')).toMatchObject({ ok: 0, failure: 'NOT_CHECKABLE' });
    expect(await rowFor('mail.routing.net/IMAP/NONE/143')).toMatchObject({ ok: 1, reachable: 1, tls_verified: 0 });
  });

  it('a closed port is reported as not reachable', async () => {
    await runServerChecks(env.STATUS_DB, catalog, remap(993, CLOSED_PORT));
    expect(await rowFor('mail.routing.net/IMAP/SSL_TLS/993')).toMatchObject({
      ok: 0,
      reachable: 0,
      failure: 'CONNECT_FAILED',
    });
  });

  it('a server that offers no STARTTLS on a STARTTLS port is told apart', async () => {
    await runServerChecks(env.STATUS_DB, catalog, remap(143, NO_TLS_IMAP_PORT));
    expect(await rowFor('mail.routing.net/IMAP/STARTTLS/143')).toMatchObject({
      ok: 0,
      reachable: 1,
      tls_verified: 0,
      starttls_offered: 0,
      failure: 'STARTTLS_NOT_OFFERED',
    });
    // The cleartext row on the same port only asks for reachability, which the server gives.
    expect(await rowFor('mail.routing.net/IMAP/NONE/143')).toMatchObject({ ok: 1, reachable: 1 });
  });

  it('a certificate for another name fails the TLS check', async () => {
    // The real Dovecot's certificate names mail.routing.net; asked for as localhost, it must fail.
    const result = await checkEndpoint({
      endpointId: 'x',
      host: 'localhost',
      port: 993,
      protocol: 'IMAP',
      security: 'SSL_TLS',
    });
    expect(result).toMatchObject({ ok: false, reachable: true, tlsVerified: false, failure: 'TLS_FAILED' });
  });

  it('a server that never greets fails within the step bound', async () => {
    await runServerChecks(env.STATUS_DB, catalog, remap(143, SILENT_PORT));
    expect(await rowFor('mail.routing.net/IMAP/STARTTLS/143')).toMatchObject({ reachable: 1, failure: 'NO_GREETING' });
  });

  it('a server that greets with garbage is told apart', async () => {
    await runServerChecks(env.STATUS_DB, catalog, remap(587, GARBAGE_PORT));
    expect(await rowFor('mail.routing.net/SMTP/STARTTLS/587')).toMatchObject({ reachable: 1, failure: 'BAD_GREETING' });
  });
});
