/**
 * settingsForAddress: what to type into a mail program for one email address.
 */
import { describe, expect, it } from 'vitest';
import { data, post } from './helpers/client.js';

const QUERY = `query ($emailAddress: String!, $incomingProtocol: IncomingProtocolName! = IMAP, $ordering: EndpointOrdering! = PROVIDER_ADVICE) {
  settingsForAddress(emailAddress: $emailAddress, incomingProtocol: $incomingProtocol, ordering: $ordering) {
    emailAddress domain providerMatch userName
    provider { providerId }
    incoming { protocol hostName port security }
    outgoing { protocol hostName port security }
  }
}`;

async function lookup(variables: Record<string, unknown>) {
  return (await data<{ settingsForAddress: Record<string, any> }>(QUERY, variables)).settingsForAddress;
}

describe('settings for an email address', () => {
  it('finds the provider of one of its own domains and gives what to type', async () => {
    expect(await lookup({ emailAddress: 'anna@routing.net' })).toEqual({
      emailAddress: 'anna@routing.net',
      domain: 'routing.net',
      providerMatch: 'DOMAIN',
      userName: 'anna@routing.net',
      provider: { providerId: 'routing-net' },
      incoming: { protocol: 'IMAP', hostName: 'mail.routing.net', port: 993, security: 'SSL_TLS' },
      outgoing: { protocol: 'SMTP', hostName: 'mail.routing.net', port: 587, security: 'STARTTLS' },
    });
  });

  it('answers an unlisted domain with the default provider, and says so', async () => {
    const settings = await lookup({ emailAddress: 'info@example.org' });
    expect(settings.providerMatch).toBe('DEFAULT');
    expect(settings.provider.providerId).toBe('routing-net');
    expect(settings.incoming.hostName).toBe('mail.routing.net');
  });

  it('suggests the listed domain a mistyped one was meant to be, and nothing for any other', async () => {
    const suggested = async (emailAddress: string) =>
      (await data(`{ settingsForAddress(emailAddress: "${emailAddress}") { providerMatch suggestedEmailAddress } }`))
        .settingsForAddress;
    expect(await suggested('anna@routng.net')).toEqual({
      providerMatch: 'DEFAULT',
      suggestedEmailAddress: 'anna@routing.net',
    });
    expect(await suggested('anna@routing.net')).toEqual({ providerMatch: 'DOMAIN', suggestedEmailAddress: null });
    expect(await suggested('anna@gmail.com')).toEqual({ providerMatch: 'DEFAULT', suggestedEmailAddress: null });
  });

  it('normalizes the domain: case, spaces and internationalized names', async () => {
    const settings = await lookup({ emailAddress: '  Jörg.Müller@Bücher.Example  ' });
    expect(settings.emailAddress).toBe('Jörg.Müller@xn--bcher-kva.example');
    expect(settings.domain).toBe('xn--bcher-kva.example');
    expect((await lookup({ emailAddress: 'ANNA@ROUTING.NET' })).providerMatch).toBe('DOMAIN');
  });

  it('gives POP3 settings when asked', async () => {
    const settings = await lookup({ emailAddress: 'anna@routing.net', incomingProtocol: 'POP3' });
    expect(settings.incoming).toEqual({
      protocol: 'POP3',
      hostName: 'mail.routing.net',
      port: 995,
      security: 'SSL_TLS',
    });
  });

  it('follows RFC 8314 when asked', async () => {
    const settings = await lookup({ emailAddress: 'anna@routing.net', ordering: 'RFC8314' });
    expect(settings.outgoing).toMatchObject({ port: 465, security: 'SSL_TLS' });
  });

  it.each([
    ['', 'Enter the email address you want to set up'],
    ['anna', 'an email address has an "@" between the name and the domain'],
    ['@routing.net', 'the name before the "@" is missing'],
    ['anna@', 'the domain after the "@" is missing'],
    ['anna@localhost', '"localhost" is not a domain name: check it for typing mistakes'],
    ['anna@routing..net', 'is not a domain name'],
    ['an na@routing.net', 'holds a space'],
    ['.anna@routing.net', 'a dot at its start or end'],
    ['anna@rout/ing.net', 'is not a domain name'],
    ['anna@192.168.0.1', 'is not a domain name'],
    [`${'a'.repeat(65)}@routing.net`, 'longer than the 64 characters mail servers accept'],
    [`anna@${'a'.repeat(250)}.net`, 'longer than the 254 characters mail servers accept'],
  ])('refuses %j: %s', async (emailAddress, why) => {
    const { status, body } = await post(QUERY, { emailAddress });
    expect(status).toBe(200);
    expect(body.data).toBeNull();
    expect(body.errors).toHaveLength(1);
    // An empty address is asked for; anything else is named and said what is wrong with it.
    expect(body.errors?.[0]?.message).toMatch(emailAddress === '' ? /^Enter/ : /is not a valid email address/);
    expect(body.errors?.[0]?.message).toContain(why);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'emailAddress' });
  });
});
