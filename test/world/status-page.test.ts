/**
 * The setup assistant's status section as a person sees it (SELF.fetch on `/`), after scheduled
 * runs against the real local servers: all good, then a closed port named with what it means,
 * in English and German; kept a minute at most.
 */
import { applyD1Migrations, SELF } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { catalog } from '../../src/catalog/catalog.js';
import { runServerChecks } from '../../src/world/server-check/run.js';
import { remap } from './dial.js';
import { FAILURE_REASONS } from '../../src/world/server-check/reasons.js';
import type { FailureCode } from '../../src/world/server-check/types.js';
import { CLOSED_PORT, GARBAGE_PORT, NO_TLS_IMAP_PORT, SILENT_PORT } from './ports.js';

const state = inject('mailServers');
const up = state === 'up';
if (!up) console.warn(`SKIPPED: the status page tests did not run: ${state}.`);

/** The text of the page's status section, tags taken out. */
async function statusText(lang: 'en' | 'de'): Promise<{ text: string; response: Response; html: string }> {
  const response = await SELF.fetch(`https://api.test/?lang=${lang}`);
  expect(response.status).toBe(200);
  const html = (await response.text()).match(/<section id="status"[\s\S]*?<\/section>/)?.[0] ?? '';
  const text = html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return { text, response, html };
}

describe.runIf(up)('the status on the assistant page', () => {
  beforeAll(async () => {
    await applyD1Migrations(env.STATUS_DB, env.TEST_MIGRATIONS);
  });
  beforeEach(async () => {
    await env.STATUS_DB.exec('DELETE FROM server_checks');
  });

  it('says no check has run before the first, and troubleshooting leads to it', async () => {
    expect((await statusText('en')).text).toContain('No check of the servers has run yet.');
    const page = await (await SELF.fetch('https://api.test/')).text();
    expect(page.match(/<section id="trouble"[\s\S]*?<\/section>/)?.[0]).toContain('<a href="#status">');
  });

  it('says all answered after a good run, with a day of bars per endpoint, kept a minute', async () => {
    await runServerChecks(env.STATUS_DB, catalog, undefined, Date.now() - 2 * 60 * 1000);
    const { text, response, html } = await statusText('en');
    expect(text).toContain('All of the servers answered as the port table says at the last check, 2 minutes ago.');
    expect(response.headers.get('Cache-Control')).toBe('public, max-age=60, s-maxage=60');
    // Every endpoint but port 25 (never judged from the edge) has its bars, with one good hour.
    const bars = html.match(/<svg[^>]*aria-label="([^"]*)"/g) ?? [];
    expect(bars).toHaveLength(8);
    for (const bar of bars) expect(bar).toContain('good 1; with a failed check 0; without checks 23');
    expect(text).toContain('Not checkable from the edge');
    expect((await statusText('de')).text).toContain('Alle Server antworteten bei der letzten Prüfung');
  });

  it('names a closed port, what it means for the reader and what to use meanwhile', async () => {
    await runServerChecks(env.STATUS_DB, catalog, remap(993, CLOSED_PORT), Date.now());
    const en = (await statusText('en')).text;
    expect(en).toContain('not every server answered as the port table says');
    expect(en).toContain(
      'IMAP on port 993 (SSL/TLS) at mail.routing.net : The server could not be reached on this port',
    );
    expect(en).toContain('may not fetch new mail until it is fixed. Your settings are not the cause.');
    expect(en).toContain('Meanwhile IMAP on port 143 (STARTTLS) answered: you can switch to it.');
    const de = (await statusText('de')).text;
    expect(de).toContain(
      'IMAP auf Port 993 (SSL/TLS) bei mail.routing.net : Der Server war auf diesem Port nicht erreichbar',
    );
    expect(de).toContain('IMAP auf Port 143 (STARTTLS) antwortete dagegen');
  });

  // Each failure the checks tell apart, made by a real server or a fake one, on the page in both languages.
  it.each([
    [993, CLOSED_PORT, 'IMAP on port 993 (SSL/TLS)', 'IMAP auf Port 993 (SSL/TLS)', 'CONNECT_FAILED'],
    [993, 143, 'IMAP on port 993 (SSL/TLS)', 'IMAP auf Port 993 (SSL/TLS)', 'TLS_FAILED'],
    [143, NO_TLS_IMAP_PORT, 'IMAP on port 143 (STARTTLS)', 'IMAP auf Port 143 (STARTTLS)', 'STARTTLS_NOT_OFFERED'],
    [143, SILENT_PORT, 'IMAP on port 143 (STARTTLS)', 'IMAP auf Port 143 (STARTTLS)', 'NO_GREETING'],
    [587, GARBAGE_PORT, 'SMTP on port 587 (STARTTLS)', 'SMTP auf Port 587 (STARTTLS)', 'BAD_GREETING'],
  ] as const)('port %i sent to %i reads right in both languages', async (from, to, en, de, failure: FailureCode) => {
    await runServerChecks(env.STATUS_DB, catalog, remap(from, to), Date.now());
    const english = (await statusText('en')).text;
    expect(english).toContain(`${en} at mail.routing.net : ${FAILURE_REASONS[failure].en}`);
    expect(english).toContain(from === 587 ? 'may not send mail' : 'may not fetch new mail');
    const german = (await statusText('de')).text;
    expect(german).toContain(`${de} bei mail.routing.net : ${FAILURE_REASONS[failure].de}`);
  });
});
