/**
 * The `clientConfiguration` query: every format through GraphQL, byte for byte what its HTTP
 * route serves, with the media type and file name to serve it under.
 */
import { describe, expect, it } from 'vitest';
import { data, fetchWorker, post } from './helpers/client.js';
import { autodiscoverRequest, postAutodiscover } from './helpers/documents.js';

const QUERY = `query ($format: ClientConfigurationFormat!, $emailAddress: String, $incomingProtocol: IncomingProtocol! = IMAP, $locale: Locale) {
  clientConfiguration(format: $format, emailAddress: $emailAddress, incomingProtocol: $incomingProtocol, locale: $locale) {
    format contentType fileName body locale
  }
}`;

interface Document {
  format: string;
  contentType: string;
  fileName: string;
  body: string;
  locale: string;
}

const viaGraphQL = async (variables: Record<string, unknown>) =>
  (await data<{ clientConfiguration: Document }>(QUERY, variables)).clientConfiguration;

async function viaRoute(path: string, headers: Record<string, string> = {}) {
  const response = await fetchWorker(path, { headers });
  expect(response.status).toBe(200);
  return { contentType: response.headers.get('Content-Type'), body: await response.text() };
}

describe('clientConfiguration', () => {
  it.each([
    ['MOZILLA_AUTOCONFIG', '/mail/config-v1.1.xml?emailaddress=anna%40routing.net', 'config-v1.1.xml'],
    ['APPLE_PROFILE', '/apple/mail.mobileconfig?emailaddress=anna%40routing.net', 'routing.net.mobileconfig'],
    ['DNS_SRV', '/dns/srv.zone?emailaddress=anna%40routing.net', 'routing.net-srv.zone'],
    ['PACC', '/.well-known/user-agent-configuration.json', 'user-agent-configuration.json'],
    ['DNS_ZONE', '/dns/discovery.zone?emailaddress=anna%40routing.net', 'routing.net-discovery.zone'],
    ['OUTLOOK_AUTODISCOVER', '/autodiscover/autodiscover.xml?emailaddress=anna%40routing.net', 'autodiscover.xml'],
  ])('serves %s as its route does', async (format, path, fileName) => {
    const document = await viaGraphQL({ format, emailAddress: 'anna@routing.net' });
    const route = await viaRoute(path);
    expect(document).toMatchObject({ format, fileName, contentType: route.contentType, locale: 'EN' });
    expect(document.body).toBe(route.body);
  });

  it('serves the Autodiscover document Outlook gets by POST', async () => {
    const document = await viaGraphQL({ format: 'OUTLOOK_AUTODISCOVER', emailAddress: 'anna@routing.net' });
    const response = await postAutodiscover(autodiscoverRequest('anna@routing.net'));
    expect(document.body).toBe(await response.text());
  });

  it('follows the locale argument and the incoming protocol for the Apple profile', async () => {
    const document = await viaGraphQL({
      format: 'APPLE_PROFILE',
      emailAddress: 'anna@routing.net',
      incomingProtocol: 'POP3',
      locale: 'DE',
    });
    const route = await viaRoute('/apple/mail.mobileconfig?emailaddress=anna%40routing.net&protocol=POP3', {
      'Accept-Language': 'de',
    });
    expect(document.locale).toBe('DE');
    expect(document.body).toBe(route.body);
    expect(document.body).toContain('EmailTypePOP');
  });

  it('writes an internationalized domain in its ASCII form', async () => {
    const document = await viaGraphQL({ format: 'APPLE_PROFILE', emailAddress: 'jörg@bücher.de' });
    expect(document.body).toContain('<string>jörg@xn--bcher-kva.de</string>');
  });

  it('asks for an address for Autodiscover, naming the argument', async () => {
    const { body } = await post(QUERY, { format: 'OUTLOOK_AUTODISCOVER' });
    expect(body.data).toBeNull();
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'emailAddress' });
    expect(body.errors?.[0]?.message).toContain('needs an email address');
  });

  it('refuses a malformed address, naming the argument', async () => {
    const { body } = await post(QUERY, { format: 'DNS_SRV', emailAddress: 'anna@@routing.net' });
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'emailAddress' });
  });
});
