/**
 * The offer every client document is built from: the preferred endpoint leads each direction.
 */
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog/catalog.js';
import type { ProviderData } from '../../src/catalog/types.js';
import { clientOffer, preferredPerProtocol } from '../../src/domain/client-offer.js';
import { defaultProvider } from '../../src/domain/providers.js';
import { InvalidInputError } from '../../src/domain/errors.js';

const ids = (endpoints: readonly { protocol: string; security: string; port: number }[]) =>
  endpoints.map((e) => `${e.protocol}/${e.security}/${e.port}`);

describe('clientOffer', () => {
  const provider = defaultProvider(catalog);

  it('leads with the preferred endpoint, the chosen protocol before the other', () => {
    const imap = clientOffer(provider, 'IMAP', 'PROVIDER_ADVICE');
    expect(ids(imap.incoming)).toEqual([
      'IMAP/SSL_TLS/993',
      'IMAP/STARTTLS/143',
      'IMAP/NONE/143',
      'POP3/SSL_TLS/995',
      'POP3/STARTTLS/110',
      'POP3/NONE/110',
    ]);
    expect(ids(imap.outgoing)).toEqual(['SMTP/STARTTLS/587', 'SMTP/SSL_TLS/465', 'SMTP/NONE/25']);
    const pop3 = clientOffer(provider, 'POP3', 'RFC8314');
    expect(ids(pop3.incoming).slice(0, 3)).toEqual(['POP3/SSL_TLS/995', 'POP3/STARTTLS/110', 'POP3/NONE/110']);
    expect(ids(pop3.outgoing)[0]).toBe('SMTP/SSL_TLS/465');
  });

  it('puts the preferred encrypted endpoint first even where the provider advises a cleartext one', () => {
    const odd: ProviderData = {
      ...provider,
      servers: [
        {
          hostName: 'mail.odd.example',
          endpoints: [
            { protocol: 'IMAP', security: 'NONE', port: 143, advice: 'RECOMMENDED' },
            { protocol: 'IMAP', security: 'SSL_TLS', port: 993, advice: 'SUPPORTED' },
            { protocol: 'SMTP', security: 'STARTTLS', port: 587, advice: 'RECOMMENDED' },
          ],
        },
      ],
    };
    const offer = clientOffer(odd, 'IMAP', 'PROVIDER_ADVICE');
    expect(ids(offer.incoming)).toEqual(['IMAP/SSL_TLS/993', 'IMAP/NONE/143']);
    expect(ids(preferredPerProtocol(offer))).toEqual(['IMAP/SSL_TLS/993', 'SMTP/STARTTLS/587']);
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
