/**
 * PACC (draft-ietf-mailmaint-pacc-03): the JSON document at
 * `/.well-known/user-agent-configuration.json`, with the draft's members only, implicit TLS on the
 * draft's ports, and the same bytes for every request, as clients check them against a digest
 * published in DNS.
 */
import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { data, fetchWorker } from './helpers/client.js';

const PATH = '/.well-known/user-agent-configuration.json';

async function served(path = PATH, init?: RequestInit): Promise<string> {
  const response = await fetchWorker(path, init);
  expect(response.status, path).toBe(200);
  return response.text();
}

describe('the PACC document', () => {
  it("names a host for IMAP, POP3 and submission, password sign-in, the provider's names and a help page", async () => {
    expect(JSON.parse(await served())).toEqual({
      protocols: {
        imap: { host: 'mail.routing.net' },
        pop3: { host: 'mail.routing.net' },
        submit: { host: 'mail.routing.net' },
      },
      authentication: { password: true },
      info: {
        provider: { name: 'routing.net Mail', shortName: 'routing.net' },
        help: {
          documentation: 'https://ua-auto-config.routing.net/guides/choosing-imap-or-pop3?provider=routing-net',
        },
      },
    });
  });

  it('links a help page this Worker serves, on the host clients fetch the document from', async () => {
    const { info } = JSON.parse(await served()) as { info: { help: { documentation: string } } };
    const link = new URL(info.help.documentation);
    expect(link.host).toBe('ua-auto-config.routing.net');
    expect((await fetchWorker(`${link.pathname}${link.search}`)).status).toBe(200);
  });

  it('is the same bytes whatever the request: address, protocol, language or host', async () => {
    const first = await served();
    // Compact JSON, so nothing but the catalog decides a byte.
    expect(first).toBe(JSON.stringify(JSON.parse(first)));
    const others = await Promise.all([
      served(`${PATH}?emailaddress=anna%40routing.net`),
      served(`${PATH}?emailaddress=someone%40example.org`),
      served(`${PATH}?emailaddress=j%C3%B6rg%40b%C3%BCcher.de&protocol=POP3`),
      served(PATH, { headers: { 'Accept-Language': 'de' } }),
      exports.default.fetch(`https://ua-auto-config.routing.net${PATH}`).then((r) => r.text()),
    ]);
    for (const other of others) expect(other).toBe(first);
    const { clientConfiguration } = await data<{ clientConfiguration: { body: string; contentType: string } }>(
      '{ clientConfiguration(document: { pacc: {} }) { body contentType } }',
    );
    expect(clientConfiguration).toEqual({ body: first, contentType: 'application/json' });
  });

  it('is served as JSON under the one caching policy, with 304 for a matching If-None-Match', async () => {
    const response = await fetchWorker(PATH);
    expect(response.headers.get('Content-Type')).toBe('application/json');
    expect(response.headers.get('Cache-Control')).toBe(
      'public, max-age=300, s-maxage=3600, stale-while-revalidate=86400',
    );
    const etag = response.headers.get('ETag') ?? '';
    expect(etag).toMatch(/^"[\w-]{22}"$/);
    const again = await fetchWorker(PATH, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('refuses a malformed address or a protocol that does not fetch mail with 400, naming the parameter', async () => {
    for (const [query, argument] of [
      ['?emailaddress=anna%40', 'emailAddress'],
      ['?protocol=SMTP', 'protocol'],
    ]) {
      const response = await fetchWorker(`${PATH}${query}`);
      expect(response.status, query).toBe(400);
      expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT', argument } }] });
    }
  });
});
