/**
 * The offer every client document is built from: encrypted endpoints only, the preferred endpoint
 * leading each direction.
 */
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog/catalog.js';
import type { EndpointData, ProviderData } from '../../src/catalog/types.js';
import { clientOffer, preferredPerProtocol } from '../../src/domain/client-offer.js';
import { ORDERINGS } from '../../src/domain/ordering.js';
import { preferredSettings } from '../../src/domain/preference.js';
import { defaultProvider } from '../../src/domain/providers.js';
import { InvalidInputError } from '../../src/domain/errors.js';

const ids = (endpoints: readonly { protocol: string; security: string; port: number }[]) =>
  endpoints.map((e) => `${e.protocol}/${e.security}/${e.port}`);

describe('clientOffer', () => {
  const provider = defaultProvider(catalog);

  it.each([
    [
      'IMAP',
      'PROVIDER_ADVICE',
      'IMAP/SSL_TLS/993 IMAP/STARTTLS/143 POP3/SSL_TLS/995 POP3/STARTTLS/110',
      'SMTP/STARTTLS/587 SMTP/SSL_TLS/465',
    ],
    [
      'POP3',
      'RFC8314',
      'POP3/SSL_TLS/995 POP3/STARTTLS/110 IMAP/SSL_TLS/993 IMAP/STARTTLS/143',
      'SMTP/SSL_TLS/465 SMTP/STARTTLS/587',
    ],
  ] as const)(
    'leads %s in the %s ordering with the preferred endpoint, the chosen protocol before the other',
    (protocol, ordering, incoming, outgoing) => {
      const offer = clientOffer(provider, protocol, ordering);
      expect(ids(offer.incoming)).toEqual(incoming.split(' '));
      expect(ids(offer.outgoing)).toEqual(outgoing.split(' '));
    },
  );

  it.each(
    ORDERINGS.flatMap((ordering) => (['IMAP', 'POP3'] as const).map((protocol) => [protocol, ordering] as const)),
  )(
    'offers %s in the %s ordering with every encrypted endpoint and no other, the preferred ones first',
    (protocol, ordering) => {
      const offer = clientOffer(provider, protocol, ordering);
      const offered = [...offer.incoming, ...offer.outgoing];
      expect(ids(offered).filter((id) => id.includes('/NONE/'))).toEqual([]);
      expect(ids(offered).sort()).toEqual(
        ids(provider.servers.flatMap((s) => s.endpoints).filter((e) => e.security !== 'NONE')).sort(),
      );
      const preferred = preferredSettings(provider, protocol, ordering);
      expect([offer.incoming[0], offer.outgoing[0]]).toEqual([preferred.incoming, preferred.outgoing]);
      expect(offer.preferred).toEqual(preferred);
    },
  );

  /** The default provider with one server holding `endpoints`. */
  const providerWith = (endpoints: EndpointData[]): ProviderData => ({
    ...provider,
    servers: [{ hostName: 'mail.odd.example', endpoints }],
  });

  it('leaves out a cleartext endpoint even where the provider advises it above an encrypted one', () => {
    const odd = providerWith([
      { protocol: 'IMAP', security: 'NONE', port: 143, advice: 'RECOMMENDED' },
      { protocol: 'IMAP', security: 'SSL_TLS', port: 993, advice: 'SUPPORTED' },
      { protocol: 'SMTP', security: 'NONE', port: 25, advice: 'RECOMMENDED' },
      { protocol: 'SMTP', security: 'STARTTLS', port: 587, advice: 'SUPPORTED' },
    ]);
    const offer = clientOffer(odd, 'IMAP', 'PROVIDER_ADVICE');
    expect(ids(offer.incoming)).toEqual(['IMAP/SSL_TLS/993']);
    expect(ids(offer.outgoing)).toEqual(['SMTP/STARTTLS/587']);
    expect(ids(preferredPerProtocol(offer))).toEqual(['IMAP/SSL_TLS/993', 'SMTP/STARTTLS/587']);
  });

  it('refuses a protocol the provider offers only in cleartext, as the GraphQL API does', () => {
    const cleartextPop3 = providerWith([
      { protocol: 'POP3', security: 'NONE', port: 110, advice: 'RECOMMENDED' },
      { protocol: 'SMTP', security: 'SSL_TLS', port: 465, advice: 'RECOMMENDED' },
    ]);
    expect(() => clientOffer(cleartextPop3, 'POP3', 'PROVIDER_ADVICE')).toThrow(InvalidInputError);
  });

  it('gives one encrypted endpoint per protocol for Autodiscover', () => {
    expect(ids(preferredPerProtocol(clientOffer(provider, 'IMAP', 'PROVIDER_ADVICE')))).toEqual([
      'IMAP/SSL_TLS/993',
      'POP3/SSL_TLS/995',
      'SMTP/STARTTLS/587',
    ]);
  });

  it('refuses SMTP as the incoming protocol', () => {
    expect(() => clientOffer(provider, 'SMTP', 'PROVIDER_ADVICE')).toThrow(InvalidInputError);
  });
});
