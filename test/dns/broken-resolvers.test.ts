/**
 * A resolver that misbehaves never breaks an answer: through the Worker's fetch handler with
 * DOH_URL pointing at a fake resolver that hangs, one that answers an HTML page and one that
 * answers noise as a DNS message, `domainCheck` says LOOKUP_FAILED in words with the reason, and
 * `settingsForAddress` still gives the settings (DEFAULT), within the 2-second timeout; never a 500.
 */
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, inject, it } from 'vitest';
import worker from '../../src/index.js';
import { fakeResolver, HANGING_PORT, HTML_PORT, NOISE_PORT } from './ports.js';

const state = inject('dnsServers');
const up = state === 'up';
if (!up) console.warn(`SKIPPED: the broken-resolver tests did not run: ${state}.`);

/** POSTs `query` to the Worker with DOH_URL set to the fake resolver on `port`. */
async function askThrough(port: number, query: string, variables: Record<string, unknown>) {
  const ctx = createExecutionContext();
  const request = new Request('https://api.test/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const started = Date.now();
  const bindings = { ...env, DOH_URL: fakeResolver(port) };
  const response = await worker.fetch(request as Parameters<typeof worker.fetch>[0], bindings, ctx);
  await waitOnExecutionContext(ctx);
  return { status: response.status, body: (await response.json()) as any, ms: Date.now() - started };
}

const CHECK = `query C($domain: String!, $locale: Locale) { domainCheck(domain: $domain, locale: $locale) {
  mail { verdict failure explanation } discoveryRecords { status failure failureReason advice } } }`;
const SETTINGS = `query S($a: String!) { settingsForAddress(emailAddress: $a) {
  providerMatch incoming { hostName } mailLocation { verdict failure explanation } } }`;

describe.runIf(up)('a resolver that misbehaves', () => {
  it.each([
    ['hangs', HANGING_PORT, 'TIMEOUT', /did not answer within 2 seconds/],
    ['answers an HTML page', HTML_PORT, 'MALFORMED', /not a DNS answer/],
    ['answers noise as a DNS message', NOISE_PORT, 'MALFORMED', /not a DNS answer/],
  ])('%s: LOOKUP_FAILED in words, never a 500', async (_what, port, failure, words) => {
    const check = await askThrough(port, CHECK, { domain: `${failure.toLowerCase()}-${port}.example.com` });
    expect(check.status).toBe(200);
    expect(check.body.errors).toBeUndefined();
    const { mail, discoveryRecords } = check.body.data.domainCheck;
    expect(mail).toMatchObject({ verdict: 'LOOKUP_FAILED', failure });
    expect(mail.explanation).toMatch(words);
    expect(mail.explanation).toMatch(/could not be checked/);
    for (const record of discoveryRecords) expect(record).toMatchObject({ status: 'LOOKUP_FAILED', failure });
    // Every lookup waits in parallel, so a hanging resolver costs one timeout, not ten.
    expect(check.ms).toBeLessThan(5_000);
  });

  it('leaves the settings for an address as they are, saying the check could not be made (EN, DE)', async () => {
    const settings = await askThrough(HANGING_PORT, SETTINGS, { a: 'anna@shop.example.com' });
    expect(settings.status).toBe(200);
    expect(settings.body.data.settingsForAddress).toMatchObject({
      providerMatch: 'DEFAULT',
      incoming: { hostName: 'mail.routing.net' },
      mailLocation: { verdict: 'LOOKUP_FAILED', failure: 'TIMEOUT' },
    });
    const de = await askThrough(HTML_PORT, SETTINGS.replace('emailAddress: $a', 'emailAddress: $a, locale: DE'), {
      a: 'anna@shop.example.com',
    });
    expect(de.body.data.settingsForAddress.mailLocation.explanation).toMatch(/konnte nicht geprüft werden/);
  });

  it('is not asked at all for a domain the catalog lists', async () => {
    const settings = await askThrough(HANGING_PORT, SETTINGS, { a: 'anna@routing.net' });
    expect(settings.body.data.settingsForAddress).toMatchObject({ providerMatch: 'DOMAIN', mailLocation: null });
    expect(settings.ms).toBeLessThan(1_500);
  });
});
