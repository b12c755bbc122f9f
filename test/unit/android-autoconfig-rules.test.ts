/**
 * The port of Thunderbird for Android's autoconfig rules (helpers/android-autoconfig.ts) refuses
 * what the app refuses, with the app's message, and passes over what the app passes over: each
 * case changes one thing in the document we render.
 */
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog/catalog.js';
import { clientOffer } from '../../src/domain/client-offer.js';
import { defaultProvider } from '../../src/domain/providers.js';
import { autoconfigDocument } from '../../src/formats/autoconfig.js';
import { AndroidAutoconfigError, readAsThunderbirdForAndroid } from '../helpers/android-autoconfig.js';

const ours = autoconfigDocument({
  offer: clientOffer(defaultProvider(catalog), 'IMAP', 'PROVIDER_ADVICE'),
  guides: [],
  guideUrl: () => 'https://example.org/',
});
const read = (xml: string) => readAsThunderbirdForAndroid(xml, 'Anna@Routing.net');

/** `ours` with the first IMAP (or SMTP) server's `element` text replaced. */
const firstServer = (type: 'imap' | 'smtp', element: string, text: string) =>
  ours.replace(new RegExp(`(type="${type}">[^]*?<${element}>)[^<]*(</${element}>)`), `$1${text}$2`);

describe('the Thunderbird for Android rules', () => {
  it('accept our document and take the first IMAP and SMTP server, placeholders filled in', () => {
    expect(read(ours)).toEqual({
      incoming: {
        hostname: 'mail.routing.net',
        port: 993,
        connectionSecurity: 'TLS',
        authenticationTypes: ['password-cleartext'],
        username: 'Anna@Routing.net',
      },
      outgoing: {
        hostname: 'mail.routing.net',
        port: 587,
        connectionSecurity: 'StartTLS',
        authenticationTypes: ['password-cleartext'],
        username: 'Anna@Routing.net',
      },
    });
    expect(read(firstServer('imap', 'hostname', '%EMAILLOCALPART%.%EMAILDOMAIN%')).incoming.hostname).toBe(
      'Anna.routing.net',
    );
  });

  it.each([
    ['a plain IMAP server', firstServer('imap', 'socketType', 'plain'), "Unknown 'socketType' value: 'plain'"],
    ['a plain SMTP server', firstServer('smtp', 'socketType', 'plain'), "Unknown 'socketType' value: 'plain'"],
    ['a socket type in other words', firstServer('imap', 'socketType', 'TLS'), "Unknown 'socketType' value: 'TLS'"],
    ['no provider id', ours.replace(/ id="[^"]*"/, ''), "Missing 'emailProvider.id' attribute"],
    [
      'a provider id that is no host name',
      ours.replace(/ id="[^"]*"/, ' id="-23"'),
      "Invalid 'emailProvider.id' attribute",
    ],
    ['no valid domain', ours.replace(/<domain>[^<]*</g, '<domain>-invalid<'), "Valid 'domain' element required"],
    ['a host name with a space', firstServer('imap', 'hostname', 'in valid'), "Invalid 'hostname' value: 'in valid'"],
    [
      'a host name padded with white space',
      firstServer('imap', 'hostname', ' mail.routing.net'),
      'Not a valid domain or IP',
    ],
    ['a port out of range', firstServer('smtp', 'port', '100000'), "Invalid 'port' value: '100000'"],
    ['port 0', firstServer('imap', 'port', '0'), 'Not a valid port number: 0'],
    ['a text element holding an element', firstServer('imap', 'port', '993<x/>'), 'Expected text, but got START_TAG'],
    [
      'no known authentication',
      firstServer('imap', 'authentication', 'NTLM'),
      "No usable 'authentication' element found",
    ],
    ['no IMAP server', ours.replaceAll('type="imap"', 'type="pop3"'), "No supported 'incomingServer' element found"],
    ['another root element', ours.replaceAll('clientConfig', 'serverConfig'), "Missing 'clientConfig' element"],
    ['XML that is not well-formed', ours.replace('</clientConfig>', ''), 'Error parsing Autoconfig XML'],
  ])('refuse a document with %s', (_, xml, message) => {
    expect(xml).not.toBe(ours);
    expect(() => read(xml)).toThrow(AndroidAutoconfigError);
    expect(() => read(xml)).toThrow(message);
  });

  it('pass over POP3 servers, unknown authentication beside a known one, and invalid domains beside a valid one', () => {
    const pop3Plain = ours.replace(/(type="pop3">[^]*?<socketType>)[^<]*/, '$1plain');
    const extraAuthentication = ours.replace(
      '<authentication>password-cleartext</authentication>',
      '<authentication>NTLM</authentication><authentication>password-cleartext</authentication>',
    );
    const extraDomain = ours.replace('<domain>', '<domain>-invalid</domain><domain>');
    for (const xml of [pop3Plain, extraAuthentication, extraDomain]) {
      expect(xml).not.toBe(ours);
      expect(read(xml)).toEqual(read(ours));
    }
  });
});
