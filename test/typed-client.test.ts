/**
 * The typed-client example (examples/typed-client) against the Worker: its operations run through
 * its persisted-query client with the Worker's fetch handler as the network. An operation the API
 * does not know by hash is sent once with its document after `PersistedQueryNotFound`; from then on
 * the hash alone is answered, as it would be from the start by an API that knows the operation.
 */
import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { createClient, GraphQLRequestError } from '../examples/typed-client/src/client.js';
import {
  ClientConfigurationQuery,
  SettingsForAddressQuery,
  VersionQuery,
} from '../examples/typed-client/src/operations.js';
import { SCHEMA_VERSION } from '../src/graphql/schema-version.js';
import { ORIGIN } from './helpers/client.js';

/** A client whose requests go to the Worker, each noted as it is sent. */
function recordingClient() {
  const sent: { method: string; query: boolean; hash: boolean }[] = [];
  const client = createClient({
    url: `${ORIGIN}/graphql`,
    fetch: async (input, init) => {
      const method = init?.method ?? 'GET';
      const params =
        method === 'GET' ? Object.fromEntries(new URL(input).searchParams) : JSON.parse(init?.body as string);
      const extensions = typeof params.extensions === 'string' ? JSON.parse(params.extensions) : params.extensions;
      sent.push({
        method,
        query: params.query !== undefined,
        hash: extensions?.persistedQuery?.sha256Hash !== undefined,
      });
      return exports.default.fetch(input, init);
    },
  });
  return { client, sent };
}

describe('the typed-client example', () => {
  it('sends a new operation by hash, then with its document, then by hash alone', async () => {
    const { client, sent } = recordingClient();
    const first = await client.execute(VersionQuery, {});
    expect(first.schemaVersion).toBe(SCHEMA_VERSION);
    expect(sent.splice(0)).toEqual([
      { method: 'GET', query: false, hash: true },
      { method: 'POST', query: true, hash: true },
    ]);

    expect(await client.execute(VersionQuery, {})).toEqual(first);
    expect(sent).toEqual([{ method: 'GET', query: false, hash: true }]);
  });

  it('types and answers the settings for an address and a @oneOf document request', async () => {
    const { client } = recordingClient();
    const { settingsForAddress } = await client.execute(SettingsForAddressQuery, {
      emailAddress: 'anna@routing.net',
      incomingProtocol: 'POP3',
    });
    expect(settingsForAddress).toMatchObject({
      providerMatch: 'DOMAIN',
      userName: 'anna@routing.net',
      incoming: { protocol: 'POP3', port: 995, security: 'SSL_TLS' },
      outgoing: { protocol: 'SMTP', port: 587, security: 'STARTTLS' },
    });
    const { clientConfiguration } = await client.execute(ClientConfigurationQuery, {
      document: { outlookAutodiscover: { emailAddress: 'anna@routing.net' } },
    });
    expect(clientConfiguration).toMatchObject({ format: 'OUTLOOK_AUTODISCOVER', fileName: 'autodiscover.xml' });
    expect(clientConfiguration.body).toContain('anna@routing.net');
  });

  it('throws the API errors with their codes', async () => {
    const { client } = recordingClient();
    const refused = client.execute(SettingsForAddressQuery, { emailAddress: 'anna@' });
    await expect(refused).rejects.toBeInstanceOf(GraphQLRequestError);
    await expect(refused).rejects.toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
  });
});
