/**
 * The Apple configuration profile, read with a real plist parser: one Mail payload with the
 * preferred servers, IMAP or POP3, stable identifiers, localized texts, and never a password.
 */
import { describe, expect, it } from 'vitest';
import { bodyText, data, fetchWorker } from './helpers/client.js';
import { parsePlist } from './helpers/documents.js';

const PATH = '/apple/mail.mobileconfig';
const UUID_V5 = /^[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/;

async function profile(query: string, headers: Record<string, string> = {}) {
  const response = await fetchWorker(`${PATH}${query}`, { headers });
  expect(response.status).toBe(200);
  const text = await bodyText(response);
  return { response, text, plist: parsePlist(text) };
}

const account = (plist: Record<string, any>) => {
  expect(plist.PayloadContent).toHaveLength(1);
  return plist.PayloadContent[0] as Record<string, any>;
};

describe('Apple configuration profile', () => {
  it('is a configuration profile with one Mail payload for the preferred IMAP and SMTP endpoints', async () => {
    const { response, plist } = await profile('?emailaddress=anna%40routing.net');
    expect(response.headers.get('Content-Type')).toBe('application/x-apple-aspen-config');
    expect(response.headers.get('Content-Disposition')).toBe('attachment; filename="routing.net.mobileconfig"');
    expect(plist).toMatchObject({ PayloadType: 'Configuration', PayloadVersion: 1, PayloadRemovalDisallowed: false });
    const { settingsForAddress: s } = await data<{
      settingsForAddress: {
        incoming: { hostName: string; port: number };
        outgoing: { hostName: string; port: number };
      };
    }>(
      '{ settingsForAddress(emailAddress: "anna@routing.net") { incoming { hostName port } outgoing { hostName port } } }',
    );
    expect(account(plist)).toMatchObject({
      PayloadType: 'com.apple.mail.managed',
      PayloadVersion: 1,
      EmailAccountType: 'EmailTypeIMAP',
      EmailAddress: 'anna@routing.net',
      IncomingMailServerHostName: s.incoming.hostName,
      IncomingMailServerPortNumber: s.incoming.port,
      IncomingMailServerUseSSL: true,
      IncomingMailServerUsername: 'anna@routing.net',
      IncomingMailServerAuthentication: 'EmailAuthPassword',
      OutgoingMailServerHostName: s.outgoing.hostName,
      OutgoingMailServerPortNumber: s.outgoing.port,
      OutgoingMailServerUseSSL: true,
      OutgoingMailServerUsername: 'anna@routing.net',
      OutgoingMailServerAuthentication: 'EmailAuthPassword',
      OutgoingPasswordSameAsIncomingPassword: true,
    });
  });

  it('sets up POP3 on request', async () => {
    const { plist } = await profile('?emailaddress=anna%40routing.net&protocol=pop3');
    expect(account(plist)).toMatchObject({ EmailAccountType: 'EmailTypePOP', IncomingMailServerPortNumber: 995 });
  });

  it('holds no password', async () => {
    const { text, plist } = await profile('?emailaddress=anna%40routing.net');
    const keys = Object.keys(account(plist)).filter((key) => /password/i.test(key));
    expect(keys).toEqual(['OutgoingPasswordSameAsIncomingPassword']);
    expect(text).not.toMatch(/<key>(Incoming|Outgoing)Password<\/key>/);
  });

  it('is the same, byte for byte, for the same request, and has its own UUIDs for another address or protocol', async () => {
    const first = await profile('?emailaddress=anna%40routing.net');
    const second = await profile('?emailaddress=anna%40routing.net');
    expect(second.text).toBe(first.text);
    const ids = (plist: Record<string, any>) => [
      plist.PayloadUUID,
      account(plist).PayloadUUID,
      plist.PayloadIdentifier,
    ];
    const [profileUuid, accountUuid, identifier] = ids(first.plist);
    expect(profileUuid).toMatch(UUID_V5);
    expect(accountUuid).toMatch(UUID_V5);
    expect(accountUuid).not.toBe(profileUuid);
    expect(identifier).toBe(`net.routing.mail-settings.${profileUuid}`);
    expect(account(first.plist).PayloadIdentifier).toBe(`${identifier}.account`);
    for (const other of ['?emailaddress=ben%40routing.net', '?emailaddress=anna%40routing.net&protocol=POP3', '']) {
      const otherIds = ids((await profile(other)).plist);
      otherIds.forEach((id, i) => expect(id).not.toBe(ids(first.plist)[i]));
    }
  });

  it('shows its texts in the language Accept-Language asks for, with the same identifiers', async () => {
    const en = await profile('?emailaddress=anna%40routing.net', { 'Accept-Language': 'en-GB' });
    const de = await profile('?emailaddress=anna%40routing.net', { 'Accept-Language': 'de-AT,de;q=0.9' });
    expect(en.response.headers.get('Content-Language')).toBe('en');
    expect(de.response.headers.get('Content-Language')).toBe('de');
    expect(de.response.headers.get('Vary')).toBe('Accept, Accept-Language');
    expect(en.plist.PayloadDisplayName).toBe('routing.net Mail email');
    expect(de.plist.PayloadDisplayName).toBe('E-Mail bei routing.net Mail');
    expect(de.plist.PayloadDescription).toContain('anna@routing.net');
    expect(de.plist.PayloadDescription).not.toBe(en.plist.PayloadDescription);
    expect(de.plist.PayloadUUID).toBe(en.plist.PayloadUUID);
  });

  it('asks for consent before installing, in English and German and by default in the profile’s language', async () => {
    const en = (await profile('?emailaddress=anna%40routing.net')).plist.ConsentText as Record<string, string>;
    const de = (await profile('', { 'Accept-Language': 'de' })).plist.ConsentText as Record<string, string>;
    expect(Object.keys(en)).toEqual(['default', 'en', 'de']);
    expect(en.en).toContain('one mail account at routing.net Mail');
    expect(en.de).toContain('ein E-Mail-Konto bei routing.net Mail');
    expect(en.default).toBe(en.en);
    expect(de.default).toBe(de.de);
    expect({ en: de.en, de: de.de }).toEqual({ en: en.en, de: en.de });
  });

  it('describes itself and its account in the profile’s language', async () => {
    for (const [language, words] of [
      ['en', 'Adds the mailbox anna@routing.net'],
      ['de', 'Richtet das Postfach anna@routing.net'],
    ] as const) {
      const { plist } = await profile('?emailaddress=anna%40routing.net', { 'Accept-Language': language });
      expect(plist.PayloadDescription, language).toContain(words);
      expect(account(plist).PayloadDescription, language).toBe(plist.PayloadDescription);
    }
  });

  it('leaves the address for the device to ask when none is given', async () => {
    const { plist } = await profile('');
    const mail = account(plist);
    expect(mail.EmailAddress).toBeUndefined();
    expect(mail.IncomingMailServerUsername).toBeUndefined();
    expect(mail.IncomingMailServerHostName).toBe('mail.routing.net');
    expect(plist.PayloadDescription).toContain('asks for your email address');
  });

  it("refuses a protocol that does not fetch mail, and a malformed address, with 400 in the reader's language", async () => {
    const smtp = await fetchWorker(`${PATH}?protocol=SMTP`, { headers: { 'Accept-Language': 'de' } });
    expect(smtp.status).toBe(400);
    expect(smtp.headers.get('Content-Language')).toBe('de');
    expect(await smtp.text()).toContain('IMAP oder POP3');
    const bad = await fetchWorker(`${PATH}?emailaddress=anna%40`);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('the domain after the \\"@\\" is missing');
  });
});
