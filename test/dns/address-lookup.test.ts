/**
 * The address lookups with the real local DNS: a domain the catalog lists stays DOMAIN without a
 * lookup; a customer's domain whose MX is the provider's gets its settings as MAIL_EXCHANGER,
 * without a hedge; a domain hosted elsewhere or not existing stays DEFAULT with the verdict;
 * recommendedSettings agrees with settingsForAddress.
 */
import { describe, expect, inject, it } from 'vitest';
import { dataOf, MAIL_FIELDS } from './query.js';

const state = inject('dnsServers');
const up = state === 'up';
if (!up) console.warn(`SKIPPED: the address-lookup DNS tests did not run: ${state}.`);

const SETTINGS = `query S($a: String!) { settingsForAddress(emailAddress: $a) {
  providerMatch suggestedEmailAddress provider { providerId } incoming { hostName } mailLocation { ${MAIL_FIELDS} } } }`;

const settingsFor = async (address: string) => (await dataOf(SETTINGS, { a: address })).settingsForAddress;

describe.runIf(up)('settingsForAddress with DNS', () => {
  it('answers a listed domain from the catalog, with no lookup', async () => {
    expect(await settingsFor('anna@routing.net')).toMatchObject({ providerMatch: 'DOMAIN', mailLocation: null });
  });

  it("gives a customer's domain hosted here the provider's settings as MAIL_EXCHANGER", async () => {
    expect(await settingsFor('info@hosted-here.mail-check.test')).toMatchObject({
      providerMatch: 'MAIL_EXCHANGER',
      provider: { providerId: 'routing-net' },
      incoming: { hostName: 'mail.routing.net' },
      mailLocation: { verdict: 'HOSTED_HERE', preferredMailExchanger: { host: 'mx01.routing.net' } },
    });
  });

  it('keeps DEFAULT for a domain hosted elsewhere, with where its mail goes', async () => {
    expect(await settingsFor('anna@elsewhere.mail-check.test')).toMatchObject({
      providerMatch: 'DEFAULT',
      mailLocation: { verdict: 'HOSTED_ELSEWHERE', preferredMailExchanger: { host: 'aspmx.mail-elsewhere.example' } },
    });
  });

  it('keeps DEFAULT for a domain that does not exist, with the verdict', async () => {
    const settings = await settingsFor('anna@nowhere.mail-check.test');
    expect(settings).toMatchObject({ providerMatch: 'DEFAULT', mailLocation: { verdict: 'NO_SUCH_DOMAIN' } });
  });

  it('gives recommendedSettings the same provider and lookup', async () => {
    const data = await dataOf(
      `{ recommendedSettings(emailAddress: "info@hosted-here.mail-check.test", situation: { deviceCount: 2 }) {
        recommendation { incomingProtocol } settings { providerMatch mailLocation { verdict } } } }`,
    );
    expect(data.recommendedSettings).toEqual({
      recommendation: { incomingProtocol: 'IMAP' },
      settings: { providerMatch: 'MAIL_EXCHANGER', mailLocation: { verdict: 'HOSTED_HERE' } },
    });
  });
});
