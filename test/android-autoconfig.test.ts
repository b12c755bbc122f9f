/**
 * Thunderbird for Android sets up an account from every autoconfig document we serve, on both
 * paths, whatever address it asks with: its reader's rules (helpers/android-autoconfig.ts) accept
 * the document and land on the preferred servers the GraphQL API names.
 */
import { describe, expect, it } from 'vitest';
import { data, fetchWorker } from './helpers/client.js';
import { readAsThunderbirdForAndroid, type AndroidServerSettings } from './helpers/android-autoconfig.js';

const PATHS = ['/mail/config-v1.1.xml', '/.well-known/autoconfig/mail/config-v1.1.xml'];

/** The address the user typed, and the one the app sends (it may leave it out of the URL). */
const ASKED = [
  { case: 'an address we list', typed: 'anna@routing.net', sent: 'anna@routing.net' },
  { case: 'an unknown domain', typed: 'x@example.org', sent: 'x@example.org' },
  { case: 'an internationalized domain', typed: 'anna@bücher.example', sent: 'anna@bücher.example' },
  { case: 'no address', typed: 'anna@routing.net', sent: undefined },
];

const CONNECTION_SECURITY: Record<string, AndroidServerSettings['connectionSecurity']> = {
  SSL_TLS: 'TLS',
  STARTTLS: 'StartTLS',
};

interface Settings {
  incoming: { hostName: string; port: number; security: string };
  outgoing: { hostName: string; port: number; security: string };
}

/** What the app should set up for `typed`: the GraphQL API's preferred servers, signing in as typed. */
async function expectedFor(typed: string) {
  const { settingsForAddress } = await data<{ settingsForAddress: Settings }>(
    'query ($a: String!) { settingsForAddress(emailAddress: $a) { incoming { hostName port security } outgoing { hostName port security } } }',
    { a: typed },
  );
  const server = (endpoint: Settings['incoming']): AndroidServerSettings => {
    const connectionSecurity = CONNECTION_SECURITY[endpoint.security];
    if (connectionSecurity === undefined) throw new Error(`The API prefers an unencrypted ${endpoint.port}`);
    return {
      hostname: endpoint.hostName,
      port: endpoint.port,
      connectionSecurity,
      authenticationTypes: ['password-cleartext'],
      username: typed,
    };
  };
  return { incoming: server(settingsForAddress.incoming), outgoing: server(settingsForAddress.outgoing) };
}

describe('Thunderbird for Android', () => {
  it.each(PATHS.flatMap((path) => ASKED.map((asked) => ({ path, ...asked }))))(
    'sets up the preferred servers from $path for $case',
    async ({ path, typed, sent }) => {
      const query = sent === undefined ? '' : `?emailaddress=${encodeURIComponent(sent)}`;
      const response = await fetchWorker(`${path}${query}`);
      expect(response.status).toBe(200);
      const account = readAsThunderbirdForAndroid(await response.text(), typed);
      expect(account).toEqual(await expectedFor(typed));
      expect(account.incoming).toMatchObject({ port: 993, connectionSecurity: 'TLS' });
      expect(account.outgoing).toMatchObject({ port: 587, connectionSecurity: 'StartTLS' });
    },
  );
});
