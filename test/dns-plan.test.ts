/**
 * The DNS plan at `/dns/discovery.zone`: the SRV records of `/dns/srv.zone`, CNAMEs from the host
 * names clients ask (autoconfig, autodiscover, ua-auto-config) to the host serving the API, and
 * the PACC digest, which matches the bytes the PACC route serves. With PUBLIC_HOST set, every
 * record names it, whatever host the zone was asked from.
 */
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env, exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { PUBLIC_HOST_PLACEHOLDER } from '../src/http/public-host.js';
import worker from '../src/index.js';
import { data, fetchWorker } from './helpers/client.js';
import { withFaultLog } from './helpers/fault-log.js';
import { parseZone, type ZoneLine } from './helpers/documents.js';

const PACC_PATH = '/.well-known/user-agent-configuration.json';

/** `url` fetched straight from the Worker, with PUBLIC_HOST set to `publicHost`. */
async function fetchWith(publicHost: string, url: string): Promise<Response> {
  const ctx = createExecutionContext();
  const response = await worker.fetch(
    new Request(url) as Parameters<typeof worker.fetch>[0],
    { ...env, PUBLIC_HOST: publicHost },
    ctx,
  );
  await waitOnExecutionContext(ctx);
  return response;
}

/** `url` (any host) fetched from the Worker as deployed here, without PUBLIC_HOST. */
function fetchWorkerAt(url: string, init?: RequestInit): Promise<Response> {
  return exports.default.fetch(url, init);
}

async function zone(response: Promise<Response>): Promise<ZoneLine[]> {
  const served = await response;
  expect(served.status).toBe(200);
  return parseZone(await served.text());
}

const ofType = (lines: ZoneLine[], type: string) => lines.filter((line) => line.type === type);

/** `bytes`' SHA-256 in base64, as the draft's `d=` tag writes it. */
async function digest(bytes: ArrayBuffer): Promise<string> {
  return btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))));
}

/** The TXT record's data without its quotes, as a resolver hands it over. */
const txtData = (lines: ZoneLine[]) => ofType(lines, 'TXT').map((line) => line.data.replace(/^"|"$/g, ''));

describe('the DNS plan', () => {
  it('is zone-file text under the one caching policy, with the SRV records of /dns/srv.zone', async () => {
    const response = await fetchWorker('/dns/discovery.zone');
    expect(response.headers.get('Content-Type')).toBe('text/plain; charset=utf-8');
    expect(response.headers.get('ETag')).not.toBeNull();
    const plan = parseZone(await response.text());
    expect(ofType(plan, 'SRV')).toEqual(await zone(fetchWorker('/dns/srv.zone')));
    expect(plan.map((line) => line.type)).toEqual([...Array(7).fill('SRV'), 'CNAME', 'CNAME', 'CNAME', 'TXT']);
  });

  it('aliases autoconfig, autodiscover and ua-auto-config to the host the zone was asked from', async () => {
    const plan = await zone(fetchWorkerAt('http://settings.example.org/dns/discovery.zone'));
    expect(ofType(plan, 'CNAME').map((line) => `${line.owner} ${line.data}`)).toEqual([
      'autoconfig.routing.net. settings.example.org.',
      'autodiscover.routing.net. settings.example.org.',
      'ua-auto-config.routing.net. settings.example.org.',
    ]);
  });

  it("never names a request's host that is no host name (issue 20, item 7)", async () => {
    // The attack: an address literal, which went into the records as `CNAME [::1].`.
    for (const url of [
      'http://[::1]/dns/discovery.zone',
      'http://127.0.0.1/dns/srv.zone',
      'http://localhost/dns/discovery.zone',
    ]) {
      const body = await (await fetchWorkerAt(url)).text();
      expect(body, url).not.toMatch(/\[::1\]|127\.0\.0\.1|localhost\./);
      expect(body, url).toContain(`${PUBLIC_HOST_PLACEHOLDER}.`);
    }
    // The same over GraphQL, where answers are kept by the origin they were asked at.
    const query = `{ clientConfiguration(document: { dnsZone: {} }) { body } }`;
    const viaGraphql = (origin: string) =>
      fetchWorkerAt(`${origin}/graphql?${new URLSearchParams({ query })}`, { headers: { accept: 'application/json' } });
    expect(await (await viaGraphql('http://[::1]')).text()).not.toContain('[::1]');
    // An honest request at a host name is answered with its own host, not a kept answer of another.
    const honest = await viaGraphql('http://settings.example.org');
    expect(await honest.text()).toContain('CNAME settings.example.org.');
    const other = await viaGraphql('http://api.example.com');
    expect(await other.text()).toContain('CNAME api.example.com.');
  });

  it('publishes the SHA-256 of the exact bytes the PACC route serves', async () => {
    const plan = await zone(fetchWorker('/dns/discovery.zone'));
    const body = await (await fetchWorker(PACC_PATH)).arrayBuffer();
    expect(ofType(plan, 'TXT').map((line) => line.owner)).toEqual(['_ua-auto-config.routing.net.']);
    expect(txtData(plan)).toEqual([`v=UAAC1; a=sha256; d=${await digest(body)}`]);
  });

  it('names PUBLIC_HOST in every record once it is set, and its digest still matches', async () => {
    const plan = await zone(
      fetchWith('Settings.Example.NET.', 'https://worker.example.workers.dev/dns/discovery.zone'),
    );
    const targets = [...ofType(plan, 'CNAME'), ...plan.filter((line) => line.owner.startsWith('_autodiscover.'))];
    expect(targets.map((line) => line.data.split(' ').at(-1))).toEqual(Array(4).fill('settings.example.net.'));
    const srv = parseZone(await (await fetchWith('settings.example.net', 'http://127.0.0.1/dns/srv.zone')).text());
    expect(srv.find((line) => line.owner.startsWith('_autodiscover.'))?.data).toBe('0 1 443 settings.example.net.');
    // A PACC client fetches the document from ua-auto-config.<domain>, not from the API's own host.
    const pacc = await fetchWith('settings.example.net', `https://ua-auto-config.routing.net${PACC_PATH}`);
    expect(txtData(plan)).toEqual([`v=UAAC1; a=sha256; d=${await digest(await pacc.arrayBuffer())}`]);
  });

  it('fails loudly under a PUBLIC_HOST that is no host name, and only where a record would name it', async () => {
    const bad = 'https://settings.example.net';
    for (const path of ['/dns/discovery.zone', '/dns/srv.zone']) {
      const { result: response, faults } = await withFaultLog(() => fetchWith(bad, `http://127.0.0.1${path}`));
      expect(response.status, path).toBe(500);
      expect(faults, path).toHaveLength(1);
      expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    }
    expect((await fetchWith(bad, `http://127.0.0.1${PACC_PATH}`)).status).toBe(200);
    expect((await fetchWith(bad, 'http://127.0.0.1/mail/config-v1.1.xml')).status).toBe(200);
    const graphql = await fetchWith(bad, 'http://127.0.0.1/graphql?query=%7BcatalogVersion%7D');
    expect(graphql.status).toBe(200);
  });

  it('is the clientConfiguration format DNS_ZONE, byte for byte', async () => {
    const { clientConfiguration } = await data<{ clientConfiguration: { body: string; fileName: string } }>(
      '{ clientConfiguration(document: { dnsZone: {} }) { body fileName } }',
    );
    expect(clientConfiguration).toEqual({
      body: await (await fetchWorker('/dns/discovery.zone')).text(),
      fileName: 'routing.net-discovery.zone',
    });
  });
});
