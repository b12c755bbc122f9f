/**
 * A local DNS for the domain checks: BIND's `named`, authoritative for the test zones of
 * test/dns/zones/, and `dnsdist` in front of it serving DNS over HTTPS (RFC 8484) over HTTP/1.1
 * without TLS, which a Worker's `fetch` reaches (BIND's own DoH listener speaks HTTP/2 only).
 * Both listen on loopback only, on ports away from the mail servers' and wrangler's; dnsdist is
 * told to send nothing outside. Used by the tests' global setup and by `npm run dns`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalog } from '../../src/catalog/catalog.js';
import { clientConfiguration } from '../../src/client-config/service.js';

import { DOH_PATH, dohUrl, LOCAL_DNS_PORTS, type DnsPorts } from './ports.js';

const ZONES = new URL('../../test/dns/zones/', import.meta.url).pathname;
const NAMED = '/usr/sbin/named';
const DNSDIST = '/usr/bin/dnsdist';

/** Why the servers cannot start here, or undefined when they can. */
export function unavailable(): string | undefined {
  const missing = [NAMED, DNSDIST].filter((binary) => !existsSync(binary));
  return missing.length === 0
    ? undefined
    : `the DNS tests need ${missing.join(' and ')} (apt-get install -y bind9 dnsdist)`;
}

/**
 * The SHA-256 (base64) of the PACC document this code serves, computed here with Node's own
 * hash, so the zones vouch for the bytes the Worker serves now.
 */
async function paccDigest(): Promise<string> {
  const { body } = await clientConfiguration('PACC', {
    data: catalog,
    emailAddress: undefined,
    incomingProtocol: 'IMAP',
    locale: 'en',
    origin: 'https://api.test',
    publicHost: () => 'api.test',
  });
  return createHash('sha256').update(body).digest('base64');
}

/** named.conf: authoritative only, every zone file of test/dns/zones/ (named `<zone>.zone`). */
function namedConfig(dir: string, zones: readonly string[], port: number): string {
  return `options {
  directory "${dir}";
  pid-file "${dir}/named.pid";
  session-keyfile "${dir}/session.key";
  listen-on port ${port} { 127.0.0.1; };
  listen-on-v6 { none; };
  recursion no;
  notify no;
  dnssec-validation no;
};
controls { };
${zones.map((zone) => `zone "${zone}" { type primary; file "${dir}/${zone}.zone"; };`).join('\n')}
`;
}

const dnsdistConfig = (ports: DnsPorts) => `setSecurityPollSuffix('')
setLocal('127.0.0.1:${ports.dnsdist}')
newServer({address='127.0.0.1:${ports.named}'})
addDOHLocal('127.0.0.1:${ports.doh}', nil, nil, '${DOH_PATH}')
`;

/** A DNS query for the SOA of `mail-check.test` (id 0, RD), as RFC 8484's GET carries it. */
const PROBE = 'AAABAAABAAAAAAAACm1haWwtY2hlY2sEdGVzdAAABgAB';

/** Resolves once dnsdist answers a DoH query with named's answer, or rejects after ten seconds. */
async function answering(url: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${url}?dns=${PROBE}`, { signal: AbortSignal.timeout(1_000) });
      const body = new Uint8Array(await response.arrayBuffer());
      // Response bit set and RCODE NOERROR: named has loaded the zone.
      if (response.ok && body.length > 12 && (body[2]! & 0x80) !== 0 && (body[3]! & 0x0f) === 0) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the local DoH resolver did not answer: ${last}`);
}

/** Starts named and dnsdist on `ports`; the returned function stops both and removes their files. */
export async function startDnsServers(ports: DnsPorts = LOCAL_DNS_PORTS): Promise<() => void> {
  const dir = mkdtempSync(join(tmpdir(), 'dns-servers-'));
  const digest = await paccDigest();
  const zones = readdirSync(ZONES)
    .filter((file) => file.endsWith('.zone'))
    .map((file) => file.slice(0, -'.zone'.length));
  for (const zone of zones) {
    const text = readFileSync(join(ZONES, `${zone}.zone`), 'utf8').replaceAll('{{DIGEST}}', digest);
    writeFileSync(join(dir, `${zone}.zone`), text);
  }
  writeFileSync(join(dir, 'named.conf'), namedConfig(dir, zones, ports.named));
  writeFileSync(join(dir, 'dnsdist.conf'), dnsdistConfig(ports));
  const output: string[] = [];
  const start = (command: string, args: string[]): ChildProcess => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    return child;
  };
  // In the foreground (-f, --supervised), as children: their own pids stop them.
  const named = start(NAMED, ['-f', '-4', '-c', join(dir, 'named.conf')]);
  const dnsdist = start(DNSDIST, ['--supervised', '--disable-syslog', '-C', join(dir, 'dnsdist.conf')]);
  const stop = () => {
    dnsdist.kill('SIGTERM');
    named.kill('SIGTERM');
    setTimeout(() => rmSync(dir, { recursive: true, force: true }), 500).unref();
  };
  try {
    await answering(dohUrl(ports.doh));
  } catch (error) {
    stop();
    throw new Error(`${String(error)}\n${output.join('')}`, { cause: error });
  }
  return stop;
}
