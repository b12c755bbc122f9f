/**
 * Mozilla autoconfig: both paths serve a document Thunderbird accepts, read with a real XML
 * parser and checked against the rules Thunderbird applies when it reads one.
 */
import { describe, expect, it } from 'vitest';
import type { Element } from '@xmldom/xmldom';
import { HTML_CONTENT_SECURITY_POLICY } from '../src/http/security-headers.js';
import { data, fetchWorker } from './helpers/client.js';
import { child, children, parseXml, textOf } from './helpers/documents.js';

const PATHS = ['/mail/config-v1.1.xml', '/.well-known/autoconfig/mail/config-v1.1.xml'];

interface Server {
  type: string;
  hostname: string;
  port: number;
  socketType: string;
  username: string;
  authentication: string;
}

const readServer = (element: Element): Server => ({
  type: element.getAttribute('type') ?? '',
  hostname: textOf(element, 'hostname'),
  port: Number(textOf(element, 'port')),
  socketType: textOf(element, 'socketType'),
  username: textOf(element, 'username'),
  authentication: textOf(element, 'authentication'),
});

/** What Thunderbird's reader (readFromXML) insists on; returns the problems found. */
function thunderbirdProblems(provider: Element): string[] {
  const problems: string[] = [];
  if (children(provider, 'domain').length === 0) problems.push('no <domain>');
  const valid = (server: Server, types: string[]) =>
    types.includes(server.type) &&
    server.hostname !== '' &&
    Number.isInteger(server.port) &&
    server.port >= 1 &&
    server.port <= 65535 &&
    ['SSL', 'STARTTLS', 'plain'].includes(server.socketType) &&
    server.username !== '' &&
    ['password-cleartext', 'password-encrypted', 'OAuth2', 'none'].includes(server.authentication);
  const incoming = children(provider, 'incomingServer').map(readServer);
  const outgoing = children(provider, 'outgoingServer').map(readServer);
  if (!incoming.some((s) => valid(s, ['imap', 'pop3']))) problems.push('no valid incoming server');
  if (!outgoing.some((s) => valid(s, ['smtp']))) problems.push('no valid outgoing server');
  for (const server of [...incoming, ...outgoing]) {
    if (!valid(server, ['imap', 'pop3', 'smtp'])) problems.push(`invalid server ${JSON.stringify(server)}`);
  }
  return problems;
}

async function autoconfig(path: string) {
  const response = await fetchWorker(path);
  expect(response.status).toBe(200);
  expect(response.headers.get('Content-Type')).toBe('application/xml; charset=utf-8');
  const document = parseXml(await response.text());
  const config = document.documentElement as Element;
  expect(config.localName).toBe('clientConfig');
  expect(config.getAttribute('version')).toBe('1.1');
  return child(config, 'emailProvider');
}

const preferred = () =>
  data<{ settingsForAddress: { incoming: Record<string, unknown>; outgoing: Record<string, unknown> } }>(
    '{ settingsForAddress(emailAddress: "anna@routing.net") { incoming { protocol hostName port security } outgoing { protocol hostName port security } } }',
  );

const SOCKET_TYPE: Record<string, string> = { SSL_TLS: 'SSL', STARTTLS: 'STARTTLS' };

describe('Mozilla autoconfig', () => {
  it.each(PATHS)('%s is a document Thunderbird accepts, naming the provider', async (path) => {
    const provider = await autoconfig(`${path}?emailaddress=anna%40routing.net`);
    expect(thunderbirdProblems(provider)).toEqual([]);
    expect(provider.getAttribute('id')).toBe('routing.net');
    expect(children(provider, 'domain').map((d) => d.textContent)).toEqual(['routing.net']);
    expect(textOf(provider, 'displayName')).toBe('routing.net Mail');
    expect(textOf(provider, 'displayShortName')).toBe('routing.net');
  });

  it('lists every encrypted endpoint of the port table once, with the socket type its encryption calls for', async () => {
    const provider = await autoconfig('/mail/config-v1.1.xml');
    const { endpoints } = await data<{ endpoints: { protocol: string; port: number; security: string }[] }>(
      '{ endpoints(filter: { encryptedOnly: true }) { protocol port security } }',
    );
    const listed = [...children(provider, 'incomingServer'), ...children(provider, 'outgoingServer')].map(readServer);
    expect(listed.map((s) => `${s.type}/${s.port}/${s.socketType}`).sort()).toEqual(
      endpoints.map((e) => `${e.protocol.toLowerCase()}/${e.port}/${SOCKET_TYPE[e.security]}`).sort(),
    );
    for (const server of listed) {
      expect(server.hostname).toBe('mail.routing.net');
      expect(server.username).toBe('%EMAILADDRESS%');
      expect(server.authentication).toBe('password-cleartext');
    }
  });

  it('puts the preferred incoming and outgoing endpoint first, as clients take the first as default', async () => {
    const { settingsForAddress } = await preferred();
    const provider = await autoconfig('/mail/config-v1.1.xml?emailaddress=anna%40routing.net');
    const [incoming] = children(provider, 'incomingServer').map(readServer);
    const [outgoing] = children(provider, 'outgoingServer').map(readServer);
    expect(incoming).toMatchObject({
      type: 'imap',
      port: settingsForAddress.incoming.port,
      socketType: SOCKET_TYPE[settingsForAddress.incoming.security as string],
    });
    expect(outgoing).toMatchObject({
      type: 'smtp',
      port: settingsForAddress.outgoing.port,
      socketType: SOCKET_TYPE[settingsForAddress.outgoing.security as string],
    });
    // All IMAP endpoints come before POP3, so a client that skips the first keeps to IMAP.
    const types = children(provider, 'incomingServer').map((s) => s.getAttribute('type'));
    expect(types.lastIndexOf('imap')).toBeLessThan(types.indexOf('pop3'));
  });

  it('answers a missing, unknown or internationalized address with the same working document', async () => {
    const bodies = await Promise.all(
      [
        '',
        '?emailaddress=nobody%40routing.net',
        '?emailaddress=someone%40example.org',
        '?emailaddress=jörg%40bücher.de',
      ].map(async (query) => {
        const response = await fetchWorker(`/mail/config-v1.1.xml${query}`);
        expect(response.status).toBe(200);
        return response.text();
      }),
    );
    expect(new Set(bodies).size).toBe(1);
  });

  it('links every guide as documentation, described in English and German, at a page that exists', async () => {
    const provider = await autoconfig('/mail/config-v1.1.xml');
    const { en, de } = await data<{ en: { guideId: string; title: string }[]; de: { title: string }[] }>(
      '{ en: guides(locale: EN) { guideId title } de: guides(locale: DE) { title } }',
    );
    const guides = en.map((guide, i) => ({ id: guide.guideId, en: guide.title, de: de[i]?.title }));
    const docs = children(provider, 'documentation');
    expect(docs.map((d) => new URL(d.getAttribute('url') ?? '').pathname)).toEqual(
      guides.map((g) => `/guides/${g.id}`),
    );
    for (const [index, doc] of docs.entries()) {
      const descr = children(doc, 'descr').map((d) => [d.getAttribute('lang'), d.textContent]);
      expect(descr).toEqual([
        ['en', guides[index]?.en],
        ['de', guides[index]?.de],
      ]);
      const page = await fetchWorker(new URL(doc.getAttribute('url') ?? '').pathname);
      expect(page.status).toBe(200);
      expect(page.headers.get('Content-Security-Policy')).toBe(HTML_CONTENT_SECURITY_POLICY);
      expect(await page.text()).toContain(`<h1>${guides[index]?.en}</h1>`);
    }
  });

  it('caches under the one policy and answers If-None-Match with 304', async () => {
    const first = await fetchWorker('/mail/config-v1.1.xml');
    expect(first.headers.get('Cache-Control')).toBe('public, max-age=300, s-maxage=3600, stale-while-revalidate=86400');
    const etag = first.headers.get('ETag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await fetchWorker('/mail/config-v1.1.xml', { headers: { 'If-None-Match': etag ?? '' } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('refuses a malformed address with 400 and says why, and other methods with 405', async () => {
    const bad = await fetchWorker('/mail/config-v1.1.xml?emailaddress=not-an-address');
    expect(bad.status).toBe(400);
    const { errors } = await bad.json<{ errors: { message: string; extensions: Record<string, unknown> }[] }>();
    expect(errors[0]?.message).toContain('has an "@" between the name and the domain');
    expect(errors[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'emailAddress' });
    const post = await fetchWorker('/mail/config-v1.1.xml', { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
    expect(post.headers.get('Allow')).toBe('GET, HEAD, OPTIONS');
  });
});
