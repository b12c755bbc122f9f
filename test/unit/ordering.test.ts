/**
 * The one ordering function, and the preferred endpoint it yields.
 */
import { describe, expect, it } from 'vitest';
import { routingNet } from '../../src/catalog/providers/routing-net.js';
import { endpointsOf, endpointUri, type Endpoint } from '../../src/domain/endpoints.js';
import { orderEndpoints } from '../../src/domain/ordering.js';
import { preferredEndpoint, preferredSettings } from '../../src/domain/preference.js';
import { InvalidInputError } from '../../src/domain/errors.js';

const endpoints = endpointsOf(routingNet);
const key = (e: Endpoint) => `${e.protocol} ${e.security} ${e.port}`;

/** The same endpoints in a scrambled order, so that no test passes by keeping the input order. */
const scrambled = [...endpoints].reverse();

describe('orderEndpoints', () => {
  it("follows the provider's advice, whatever the input order", () => {
    expect(orderEndpoints(scrambled, 'PROVIDER_ADVICE').map(key)).toEqual([
      'IMAP SSL_TLS 993',
      'IMAP STARTTLS 143',
      'IMAP NONE 143',
      'POP3 SSL_TLS 995',
      'POP3 STARTTLS 110',
      'POP3 NONE 110',
      'SMTP STARTTLS 587',
      'SMTP SSL_TLS 465',
      'SMTP NONE 25',
    ]);
  });

  it('puts implicit TLS first under RFC 8314, then STARTTLS, cleartext last', () => {
    expect(orderEndpoints(scrambled, 'RFC8314').map(key)).toEqual([
      'IMAP SSL_TLS 993',
      'IMAP STARTTLS 143',
      'IMAP NONE 143',
      'POP3 SSL_TLS 995',
      'POP3 STARTTLS 110',
      'POP3 NONE 110',
      'SMTP SSL_TLS 465',
      'SMTP STARTTLS 587',
      'SMTP NONE 25',
    ]);
  });

  it('does not change its input', () => {
    const input = [...scrambled];
    orderEndpoints(input, 'RFC8314');
    expect(input).toEqual(scrambled);
  });
});

describe('preferredEndpoint', () => {
  it('skips unencrypted endpoints unless they are allowed', () => {
    const onlyPlain = endpoints.filter((e) => e.protocol === 'SMTP' && !e.encrypted);
    expect(
      preferredEndpoint(onlyPlain, 'SMTP', { ordering: 'PROVIDER_ADVICE', allowUnencrypted: false }),
    ).toBeUndefined();
    expect(preferredEndpoint(onlyPlain, 'SMTP', { ordering: 'PROVIDER_ADVICE', allowUnencrypted: true })?.port).toBe(
      25,
    );
  });

  it('prefers an encrypted endpoint the provider does not recommend to an allowed cleartext one it supports', () => {
    const advisedPlain = endpoints
      .filter((e) => e.protocol === 'IMAP' && e.port === 143)
      .map((e) => ({ ...e, advice: e.encrypted ? ('NOT_RECOMMENDED' as const) : ('SUPPORTED' as const) }));
    const options = { ordering: 'PROVIDER_ADVICE', allowUnencrypted: true } as const;
    expect(preferredEndpoint(advisedPlain, 'IMAP', options)?.security).toBe('STARTTLS');
  });

  it('refuses SMTP as an incoming protocol', () => {
    expect(() => preferredSettings(routingNet, 'SMTP', 'PROVIDER_ADVICE')).toThrow(InvalidInputError);
  });
});

describe('endpointUri', () => {
  it.each([
    ['IMAP', 'SSL_TLS', 993, 'imaps://mail.routing.net:993'],
    ['IMAP', 'STARTTLS', 143, 'imap://mail.routing.net:143'],
    ['POP3', 'SSL_TLS', 995, 'pop3s://mail.routing.net:995'],
    ['SMTP', 'STARTTLS', 587, 'smtp://mail.routing.net:587'],
    ['SMTP', 'SSL_TLS', 465, 'smtps://mail.routing.net:465'],
  ] as const)('%s %s %i is %s', (protocol, security, port, uri) => {
    expect(endpointUri(protocol, security, 'mail.routing.net', port)).toBe(uri);
  });
});
