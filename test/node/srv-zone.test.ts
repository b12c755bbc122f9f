/**
 * The SRV zone text and the DNS plan (SRV, CNAME and TXT records) load as zones: BIND's
 * named-checkzone reads each, wrapped with the SOA and NS records every zone needs and an address
 * for each target inside the zone, as a DNS administrator would paste it, and finds nothing to warn
 * about. Runs in Node, as workerd cannot start a process, when Debian's bind9-utils has installed
 * /usr/bin/named-checkzone; says so plainly and skips otherwise. The zones come from the same
 * function the routes serve them with.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog/catalog.js';
import { defaultProvider } from '../../src/domain/providers.js';
import { clientConfiguration } from '../../src/client-config/service.js';

const NAMED_CHECKZONE = '/usr/bin/named-checkzone';
const available = existsSync(NAMED_CHECKZONE);
if (!available) {
  console.warn(`SKIPPED: the zone check needs ${NAMED_CHECKZONE} (apt-get install -y bind9-utils); it did not run.`);
}

const zoneName = defaultProvider(catalog).domains[0] ?? '';

/** `records` as a whole zone file for `zoneName`, with documentation-range addresses (RFC 5737). */
function wholeZone(records: string): string {
  const targets = records
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith(';'))
    .map((line) => line.split(/\s+/).at(-1) ?? '')
    .filter((target) => target.endsWith(`.${zoneName}.`));
  return [
    '$TTL 3600',
    `@ IN SOA ns.example.net. hostmaster.${zoneName}. 1 7200 3600 1209600 3600`,
    '@ IN NS ns.example.net.',
    ...[...new Set(targets)].map((target) => `${target} IN A 192.0.2.1`),
    records,
  ].join('\n');
}

/** named-checkzone's exit status and output for `zone`, from a file in a directory of its own. */
function checkZone(zone: string): { status: number | null; output: string } {
  const directory = mkdtempSync(join(tmpdir(), 'srv-zone-'));
  try {
    const file = join(directory, `${zoneName}.zone`);
    writeFileSync(file, zone);
    // -i local: check in-zone targets only, so nothing is looked up; -k fail: host names strictly.
    const run = spawnSync(NAMED_CHECKZONE, ['-i', 'local', '-k', 'fail', zoneName, file], { encoding: 'utf8' });
    return { status: run.status, output: `${run.stdout}${run.stderr}`.trim() };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** The zone text of `format` as the route serves it when the API is at `publicHost`. */
async function served(format: 'DNS_SRV' | 'DNS_ZONE', publicHost: string): Promise<string> {
  const { body } = await clientConfiguration(format, {
    data: catalog,
    emailAddress: undefined,
    incomingProtocol: 'IMAP',
    locale: 'en',
    origin: `https://${publicHost}`,
    publicHost: () => publicHost,
  });
  return body;
}

// Outside the zone, inside it, and at one of the very names the plan would alias.
const PUBLIC_HOSTS = ['mail-settings.example.com', 'settings.routing.net', 'autodiscover.routing.net'];

describe.skipIf(!available)('the zone texts', () => {
  it.each(PUBLIC_HOSTS)('of the SRV records load without a warning, for an API at %s', async (publicHost) => {
    const body = await served('DNS_SRV', publicHost);
    expect(body).toContain(`_autodiscover._tcp.${zoneName}.`);
    expect(checkZone(wholeZone(body))).toEqual({ status: 0, output: `zone ${zoneName}/IN: loaded serial 1\nOK` });
  });

  it.each(PUBLIC_HOSTS)('of the DNS plan load without a warning, for an API at %s', async (publicHost) => {
    const body = await served('DNS_ZONE', publicHost);
    expect(body).toContain(`_ua-auto-config.${zoneName}.`);
    expect(body).toMatch(/ IN CNAME /);
    expect(checkZone(wholeZone(body))).toEqual({ status: 0, output: `zone ${zoneName}/IN: loaded serial 1\nOK` });
  });
});
