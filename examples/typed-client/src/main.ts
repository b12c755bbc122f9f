/**
 * The typed-client example as a program: prints the settings for an address and fetches its
 * Thunderbird and Outlook documents, every request an automatic persisted query.
 *
 *   npm start                                            # the API on 127.0.0.1:8787
 *   npx tsx examples/typed-client/src/main.ts anna@routing.net
 *
 * MAIL_SETTINGS_API names another endpoint.
 */
import { createClient } from './client.js';
import { ClientConfigurationQuery, SettingsForAddressQuery, VersionQuery } from './operations.js';

const emailAddress = process.argv[2] ?? 'anna@routing.net';
const client = createClient({ url: process.env['MAIL_SETTINGS_API'] ?? 'http://127.0.0.1:8787/graphql' });

const { schemaVersion } = await client.execute(VersionQuery, {});
console.log(`Schema ${schemaVersion}`);

const { settingsForAddress: settings } = await client.execute(SettingsForAddressQuery, { emailAddress });
console.log(`${settings.userName} at ${settings.provider.displayName} (${settings.providerMatch})`);
for (const { protocol, hostName, port, security } of [settings.incoming, settings.outgoing]) {
  console.log(`  ${protocol}: ${hostName}:${port}, ${security}`);
}

for (const document of [{ mozillaAutoconfig: { emailAddress } }, { outlookAutodiscover: { emailAddress } }]) {
  const { clientConfiguration } = await client.execute(ClientConfigurationQuery, { document });
  console.log(
    `  ${clientConfiguration.fileName} (${clientConfiguration.contentType}): ${clientConfiguration.body.length} characters`,
  );
}
