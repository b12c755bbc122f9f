/**
 * Outlook POX Autodiscover: the request is read, the answer is a `responseschema/2006` document
 * with one Protocol per protocol, and SSL/Encryption match each endpoint's security.
 */
import { describe, expect, it } from 'vitest';
import type { Element } from '@xmldom/xmldom';
import { AUTODISCOVER_SECURITY } from '../src/formats/autodiscover.js';
import { data, fetchWorker } from './helpers/client.js';
import { autodiscoverRequest, child, children, parseXml, postAutodiscover, textOf } from './helpers/documents.js';

const RESPONSE = 'http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006';
const OUTLOOK = 'http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a';

/** The Protocol elements of a settings answer, after checking its envelope. */
async function protocols(response: Response): Promise<Element[]> {
  expect(response.status).toBe(200);
  expect(response.headers.get('Content-Type')).toBe('text/xml; charset=utf-8');
  const root = parseXml(await response.text()).documentElement as Element;
  expect([root.localName, root.namespaceURI]).toEqual(['Autodiscover', RESPONSE]);
  const answer = child(root, 'Response');
  expect(answer.namespaceURI).toBe(OUTLOOK);
  const account = child(answer, 'Account');
  expect(textOf(account, 'AccountType')).toBe('email');
  expect(textOf(account, 'Action')).toBe('settings');
  return children(account, 'Protocol');
}

/** The error code of an Autodiscover error answer. */
export async function errorCode(response: Response): Promise<string> {
  const root = parseXml(await response.text()).documentElement as Element;
  expect([root.localName, root.namespaceURI]).toEqual(['Autodiscover', RESPONSE]);
  return textOf(child(child(root, 'Response'), 'Error'), 'ErrorCode');
}

describe('Outlook Autodiscover', () => {
  it('answers one Protocol each for IMAP, POP3 and SMTP, with the settings Outlook needs', async () => {
    const found = await protocols(await postAutodiscover(autodiscoverRequest('anna@routing.net')));
    expect(found.map((p) => textOf(p, 'Type'))).toEqual(['IMAP', 'POP3', 'SMTP']);
    for (const protocol of found) {
      expect(textOf(protocol, 'Server')).toBe('mail.routing.net');
      expect(textOf(protocol, 'LoginName')).toBe('anna@routing.net');
      expect(textOf(protocol, 'DomainRequired')).toBe('off');
      expect(textOf(protocol, 'SPA')).toBe('off');
      expect(textOf(protocol, 'AuthRequired')).toBe('on');
    }
  });

  it('gives each protocol its preferred encrypted endpoint, with SSL and Encryption matching the port', async () => {
    const { endpoints } = await data<{ endpoints: { protocol: string; port: number; security: string }[] }>(
      '{ endpoints(filter: { encryptedOnly: true }) { protocol port security } }',
    );
    const found = await protocols(await postAutodiscover(autodiscoverRequest('anna@routing.net')));
    for (const protocol of found) {
      const first = endpoints.find((e) => e.protocol === textOf(protocol, 'Type'));
      expect(Number(textOf(protocol, 'Port'))).toBe(first?.port);
      const expected = { SSL_TLS: ['on', 'SSL'], STARTTLS: ['on', 'TLS'] }[first?.security ?? ''];
      expect([textOf(protocol, 'SSL'), textOf(protocol, 'Encryption')]).toEqual(expected);
    }
  });

  it("maps every kind of encryption Outlook's way: implicit TLS is SSL, STARTTLS is TLS", async () => {
    const { endpoints } = await data<{ endpoints: { security: 'SSL_TLS' | 'STARTTLS' }[] }>(
      '{ endpoints(filter: { encryptedOnly: true }) { security } }',
    );
    const expected = { SSL_TLS: { ssl: 'on', encryption: 'SSL' }, STARTTLS: { ssl: 'on', encryption: 'TLS' } };
    for (const { security } of endpoints) expect(AUTODISCOVER_SECURITY[security]).toEqual(expected[security]);
  });

  it.each(['/autodiscover/autodiscover.xml', '/Autodiscover/Autodiscover.xml', '/AUTODISCOVER/AUTODISCOVER.XML'])(
    'answers at %s',
    async (path) => {
      expect(await protocols(await postAutodiscover(autodiscoverRequest('anna@routing.net'), path))).toHaveLength(3);
    },
  );

  it('writes an internationalized domain in its ASCII form and serves unknown domains the default provider', async () => {
    const idn = await protocols(await postAutodiscover(autodiscoverRequest('jörg@bücher.de')));
    expect(idn.map((p) => textOf(p, 'LoginName'))).toEqual(Array(3).fill('jörg@xn--bcher-kva.de'));
    const unknown = await protocols(await postAutodiscover(autodiscoverRequest('someone@example.org')));
    expect(unknown.map((p) => textOf(p, 'Server'))).toEqual(Array(3).fill('mail.routing.net'));
  });

  it('keeps a POST answer out of every cache, as it names the mailbox', async () => {
    const response = await postAutodiscover(autodiscoverRequest('anna@routing.net'));
    expect(response.headers.get('Cache-Control')).toBe('no-store');
  });

  it('answers a GET with ?emailaddress= like a POST, and a bare GET with error 600', async () => {
    const viaGet = await protocols(await fetchWorker('/autodiscover/autodiscover.xml?emailaddress=anna%40routing.net'));
    expect(viaGet.map((p) => textOf(p, 'Port'))).toEqual(['993', '995', '587']);
    const bare = await fetchWorker('/autodiscover/autodiscover.xml');
    expect(bare.status).toBe(400);
    expect(await errorCode(bare)).toBe('600');
  });

  it('answers a request for another response schema (ActiveSync) with error 601', async () => {
    const response = await postAutodiscover(
      autodiscoverRequest(
        'anna@routing.net',
        'http://schemas.microsoft.com/exchange/autodiscover/mobilesync/responseschema/2006',
      ),
    );
    expect(response.status).toBe(400);
    expect(await errorCode(response)).toBe('601');
  });

  it('refuses other methods with 405', async () => {
    const response = await fetchWorker('/autodiscover/autodiscover.xml', { method: 'PUT', body: 'x' });
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')).toBe('GET, HEAD, POST, OPTIONS');
  });
});
