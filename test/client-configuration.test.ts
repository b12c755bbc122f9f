/**
 * The `clientConfiguration` query: every format through GraphQL, byte for byte what its HTTP
 * route serves, with the media type and file name to serve it under.
 */
import { getNamedType, isInputObjectType, isNonNullType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { catalog } from '../src/catalog/catalog.js';
import { CLIENT_CONFIGURATION_FORMATS, DOCUMENT_FORMATS } from '../src/client-config/registry.js';
import { clientConfiguration } from '../src/client-config/service.js';
import { InvalidInputError } from '../src/domain/errors.js';
import { schema } from '../src/graphql/schema.js';
import { bodyText, data, fetchWorker, post } from './helpers/client.js';
import { autodiscoverRequest, postAutodiscover } from './helpers/documents.js';

const QUERY = `query ($document: ClientConfigurationRequest!, $locale: Locale) {
  clientConfiguration(document: $document, locale: $locale) {
    format contentType fileName body locale
  }
}`;

/** The request field for `format`: `MOZILLA_AUTOCONFIG` is `mozillaAutoconfig`. */
const field = (format: string) =>
  format.toLowerCase().replace(/_(.)/g, (_match, letter: string) => letter.toUpperCase());

interface Document {
  format: string;
  contentType: string;
  fileName: string;
  body: string;
  locale: string;
}

/** The document in `format` with `options` (emailAddress, incomingProtocol), in `locale`. */
const viaGraphQL = async (format: string, options: Record<string, unknown>, locale?: string) =>
  (await data<{ clientConfiguration: Document }>(QUERY, { document: { [field(format)]: options }, locale }))
    .clientConfiguration;

async function viaRoute(path: string, headers: Record<string, string> = {}) {
  const response = await fetchWorker(path, { headers });
  expect(response.status).toBe(200);
  return { contentType: response.headers.get('Content-Type'), body: await bodyText(response) };
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
    const document = await viaGraphQL(format, { emailAddress: 'anna@routing.net' });
    const route = await viaRoute(path);
    expect(document).toMatchObject({ format, fileName, contentType: route.contentType, locale: 'EN' });
    expect(document.body).toBe(route.body);
  });

  it('serves the Autodiscover document Outlook gets by POST', async () => {
    const document = await viaGraphQL('OUTLOOK_AUTODISCOVER', { emailAddress: 'anna@routing.net' });
    const response = await postAutodiscover(autodiscoverRequest('anna@routing.net'));
    expect(document.body).toBe(await bodyText(response));
  });

  it('follows the locale argument and the incoming protocol for the Apple profile', async () => {
    const document = await viaGraphQL(
      'APPLE_PROFILE',
      { emailAddress: 'anna@routing.net', incomingProtocol: 'POP3' },
      'DE',
    );
    const route = await viaRoute('/apple/mail.mobileconfig?emailaddress=anna%40routing.net&protocol=POP3', {
      'Accept-Language': 'de',
    });
    expect(document.locale).toBe('DE');
    expect(document.body).toBe(route.body);
    expect(document.body).toContain('EmailTypePOP');
  });

  it('writes an internationalized domain in its ASCII form', async () => {
    const document = await viaGraphQL('APPLE_PROFILE', { emailAddress: 'jörg@bücher.de' });
    expect(document.body).toContain('<string>jörg@xn--bcher-kva.de</string>');
  });

  it('cannot be asked for Autodiscover without an address: the type requires one', async () => {
    const { status, body } = await post(QUERY, { document: { outlookAutodiscover: {} } });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toContain('"emailAddress" of required type "String!" was not provided');
  });

  it('takes exactly one format', async () => {
    for (const document of [{}, { appleProfile: {}, dnsSrv: {} }]) {
      const { status, body } = await post(QUERY, { document });
      expect(status).toBe(400);
      expect(body.errors?.[0]?.message).toContain('Exactly one key must be specified');
    }
  });

  it.each(CLIENT_CONFIGURATION_FORMATS)(
    'requires an address for %s exactly when the document refuses to be made without one',
    async (format) => {
      const made = clientConfiguration(format, {
        data: catalog,
        emailAddress: undefined,
        incomingProtocol: 'IMAP',
        locale: 'en',
        origin: 'http://127.0.0.1',
        publicHost: () => '127.0.0.1',
      });
      if (DOCUMENT_FORMATS[format].needsAddress) await expect(made).rejects.toBeInstanceOf(InvalidInputError);
      else await expect(made).resolves.toMatchObject({ format });
      const options = schema.getType('ClientConfigurationRequest');
      if (!isInputObjectType(options)) throw new Error('ClientConfigurationRequest is no input type');
      const optionsType = getNamedType(options.getFields()[field(format)]?.type);
      if (!isInputObjectType(optionsType)) throw new Error(`No options input for ${format}`);
      expect(isNonNullType(optionsType.getFields()['emailAddress']?.type)).toBe(DOCUMENT_FORMATS[format].needsAddress);
    },
  );

  it('refuses a malformed address, naming the argument', async () => {
    const { body } = await post(QUERY, { document: { dnsSrv: { emailAddress: 'anna@@routing.net' } } });
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'emailAddress' });
  });
});
