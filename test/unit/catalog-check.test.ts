/**
 * The catalog check: the real catalog passes, and each rule, when broken, fails loudly with a
 * message naming the rule and the record.
 */
import { describe, expect, it } from 'vitest';
import { catalog, servedCatalogVersion } from '../../src/catalog/catalog.js';
import { CatalogError, checkCatalog } from '../../src/catalog/check.js';
import type { CatalogData } from '../../src/catalog/types.js';
import { catalogVersion } from '../../src/catalog/version.js';
import { checkPageTexts } from '../../src/site/texts.js';

/** A deep copy of the catalog, changed by `change`. */
function changed(change: (copy: any) => void): CatalogData {
  const copy = JSON.parse(JSON.stringify(catalog));
  change(copy);
  return copy;
}

function brokenRule(data: CatalogData): CatalogError {
  try {
    checkCatalog(data);
  } catch (error) {
    if (error instanceof CatalogError) return error;
    throw error;
  }
  throw new Error('the check passed');
}

const server = (copy: any) => copy.providers[0].servers[0];

describe('the catalog check', () => {
  it('passes the catalog being served', () => {
    expect(() => checkCatalog(catalog)).not.toThrow();
  });

  it('passes the page texts being served', () => {
    expect(() => checkPageTexts()).not.toThrow();
  });

  it.each<[string, (copy: any) => void, string]>([
    [
      'endpoint-unique',
      (c) => server(c).endpoints.push({ ...server(c).endpoints[0] }),
      'endpoint IMAP SSL_TLS 993 of server "mail.routing.net"',
    ],
    ['port-range', (c) => (server(c).endpoints[0].port = 0), 'endpoint IMAP SSL_TLS 0'],
    ['port-range', (c) => (server(c).endpoints[0].port = 65536), 'endpoint IMAP SSL_TLS 65536'],
    ['port-range', (c) => (server(c).endpoints[0].port = 99.5), 'endpoint IMAP SSL_TLS 99.5'],
    ['host-name-valid', (c) => (server(c).hostName = 'mail_routing.net'), 'server "mail_routing.net"'],
    ['host-name-valid', (c) => (server(c).hostName = 'localhost'), 'server "localhost"'],
    [
      'encrypted-endpoint-per-protocol',
      (c) =>
        (server(c).endpoints = server(c).endpoints.filter(
          (e: any) => !(e.protocol === 'POP3' && e.security !== 'NONE'),
        )),
      'POP3 of provider "routing-net"',
    ],
    ['unencrypted-not-recommended', (c) => (server(c).endpoints[2].advice = 'RECOMMENDED'), 'endpoint IMAP NONE 143'],
    [
      'incoming-and-outgoing',
      (c) => (server(c).endpoints = server(c).endpoints.filter((e: any) => e.protocol !== 'SMTP')),
      'provider "routing-net"',
    ],
    ['domain-valid', (c) => c.providers[0].domains.push('Routing.NET'), 'domain "Routing.NET"'],
    ['provider-has-domain', (c) => (c.providers[0].domains = []), 'provider "routing-net"'],
    [
      'provider-name-length',
      (c) => (c.providers[0].shortName = 'routing.net webmail'.repeat(2)),
      'provider "routing-net"',
    ],
    ['provider-name-length', (c) => (c.providers[0].displayName = 'x'.repeat(61)), 'provider "routing-net"'],
    ['provider-id-format', (c) => (c.providers[0].id = 'Routing Net'), 'provider "Routing Net"'],
    ['provider-id-unique', (c) => c.providers.push({ ...c.providers[0], isDefault: false }), 'provider "routing-net"'],
    [
      'domain-unique',
      (c) => c.providers.push({ ...c.providers[0], id: 'other', isDefault: false }),
      'domain "routing.net"',
    ],
    ['provider-has-mail-exchanger', (c) => (c.providers[0].mailExchangerDomains = []), 'provider "routing-net"'],
    [
      'mail-exchanger-domain-valid',
      (c) => (c.providers[0].mailExchangerDomains = ['Routing.net']),
      'mail exchanger domain "Routing.net"',
    ],
    ['mail-exchanger-domain-valid', (c) => (c.providers[0].mailExchangerDomains = ['192.0.2.1']), '"192.0.2.1"'],
    [
      'mail-exchanger-domain-unique',
      (c) =>
        c.providers.push({
          ...c.providers[0],
          id: 'other',
          isDefault: false,
          domains: ['other.example'],
          mailExchangerDomains: ['mx.routing.net'],
        }),
      'mail exchanger domain "mx.routing.net" of provider "other"',
    ],
    ['one-default-provider', (c) => (c.providers[0].isDefault = false), 'not 0'],
    ['help-desk-url-valid', (c) => (c.providers[0].helpDeskUrl = 'help desk'), 'provider "routing-net"'],
    ['protocol-described-once', (c) => c.protocols.pop(), 'protocol SMTP'],
    ['text-in-every-locale', (c) => (c.protocols[1].summary = {}), 'the summary of protocol POP3'],
    ['text-in-every-locale', (c) => delete c.guides[3].steps[2].de, 'no "de" version'],
    ['text-in-every-locale', (c) => (c.labels.security.NONE.de = ''), 'the label of security NONE'],
    ['text-in-every-locale', (c) => (c.protocols[0].strengths[1] = { en: ' ' }), 'strength 2 of protocol IMAP'],
    ['text-in-every-locale', (c) => delete c.reasons.ENCRYPTED_ONLY, 'reason ENCRYPTED_ONLY'],
    ['text-in-every-locale', (c) => (c.labels.advice.SUPPORTED = {}), 'the label of advice SUPPORTED'],
    [
      'placeholder-known',
      (c) => (c.guides[2].steps[3] = { en: 'Use port {imapPort}.' }),
      'step 4 of guide "setup-thunderbird"',
    ],
    [
      'placeholder-known',
      (c) => (c.guides[0].title = { en: 'About {protocol}' }),
      'the title of guide "choosing-imap-or-pop3"',
    ],
    ['placeholder-known', (c) => (c.reasons.SEVERAL_DEVICES = { en: '{incomingHost}' }), 'reason SEVERAL_DEVICES'],
    ['guide-id-unique', (c) => c.guides.push(c.guides[0]), 'guide "choosing-imap-or-pop3"'],
    ['client-setup-complete', (c) => (c.guides[2].mailClient = null), 'guide "setup-thunderbird"'],
    ['guide-has-content', (c) => (c.guides[1].paragraphs = []), 'guide "why-smtp-matters"'],
    [
      'reason-guide-present',
      (c) => (c.guides = c.guides.filter((g: any) => g.id !== 'why-smtp-matters')),
      'guide "why-smtp-matters"',
    ],
    [
      'troubleshooting-id-unique',
      (c) => c.troubleshooting.push(c.troubleshooting[0]),
      'troubleshooting entry "sign-in-refused"',
    ],
    ['troubleshooting-has-remedy', (c) => (c.troubleshooting[1].remedies = []), 'entry "certificate-warning"'],
    ['text-in-every-locale', (c) => delete c.troubleshooting[2].symptom.de, 'the symptom of troubleshooting entry'],
    [
      'placeholder-known',
      (c) => (c.troubleshooting[3].remedies[0] = { en: 'Try {smtpPort}.', de: 'Versuchen Sie {smtpPort}.' }),
      'remedy 1 of troubleshooting entry "port-blocked"',
    ],
  ])('names rule %s and the record', (rule, change, record) => {
    const error = brokenRule(changed(change));
    expect(error.rule).toBe(rule);
    expect(error.message).toContain(`"${rule}"`);
    expect(error.message).toContain(record);
  });
});

describe('the catalog version', () => {
  it('is a 16-digit content hash of the catalog', async () => {
    const served = await servedCatalogVersion();
    expect(served).toMatch(/^[0-9a-f]{16}$/);
    expect(await catalogVersion(changed(() => {}))).toBe(served);
  });

  it('changes when any fact or text changes', async () => {
    const served = await servedCatalogVersion();
    expect(await catalogVersion(changed((c) => (server(c).endpoints[0].port = 994)))).not.toBe(served);
    expect(await catalogVersion(changed((c) => (c.protocols[0].summary.en += '!')))).not.toBe(served);
  });
});
