/**
 * Generated catalog data for property tests: providers that keep every catalog rule but
 * otherwise look nothing like the one provider the catalog holds today (several servers, odd
 * ports, advice in any order), so that a property cannot pass by leaning on today's data.
 */
import fc from 'fast-check';
import { catalog } from '../../src/catalog/catalog.js';
import {
  ADVICES,
  PROTOCOLS,
  SECURITIES,
  type EndpointData,
  type Protocol,
  type ProviderData,
  type ServerData,
} from '../../src/catalog/types.js';
import { allEndpoints, endpointsOf, type Endpoint } from '../../src/domain/endpoints.js';
import { ORDERINGS } from '../../src/domain/ordering.js';

/** Ports mail is served on, and any other port. */
const port = fc.oneof(fc.constantFrom(993, 995, 587, 465, 143, 110, 25, 2525), fc.integer({ min: 1, max: 65535 }));

/** An encrypted row for `protocol`, for a protocol that must have one. */
const encryptedRow = (protocol: Protocol) =>
  fc.record({
    protocol: fc.constant(protocol),
    security: fc.constantFrom('SSL_TLS' as const, 'STARTTLS' as const),
    port,
    advice: fc.constantFrom(...ADVICES),
  });

/** Any row of a port table but an unencrypted one advised as RECOMMENDED (the catalog refuses that). */
const endpointRow: fc.Arbitrary<EndpointData> = fc
  .record({
    protocol: fc.constantFrom(...PROTOCOLS),
    security: fc.constantFrom(...SECURITIES),
    port,
    advice: fc.constantFrom(...ADVICES),
  })
  .map((row) =>
    row.security === 'NONE' && row.advice === 'RECOMMENDED' ? { ...row, advice: 'NOT_RECOMMENDED' as const } : row,
  );

const server: fc.Arbitrary<ServerData> = fc.record({
  hostName: fc.domain(),
  endpoints: fc.uniqueArray(endpointRow, {
    minLength: 1,
    maxLength: 12,
    selector: (e) => `${e.protocol} ${e.security} ${e.port}`,
  }),
});

/**
 * Adds what the catalog rules demand and random rows may lack: SMTP, an incoming protocol, and
 * an encrypted endpoint for every protocol offered. Each addition is new to its server, so
 * endpoints stay unique.
 */
function keepRules(servers: ServerData[], fallback: Readonly<Record<Protocol, EndpointData>>): ServerData[] {
  const rows = servers.flatMap((s) => s.endpoints);
  const offers = (protocol: Protocol) => rows.some((e) => e.protocol === protocol);
  const needed = PROTOCOLS.filter(
    (protocol) =>
      (offers(protocol) && !rows.some((e) => e.protocol === protocol && e.security !== 'NONE')) ||
      (protocol === 'SMTP' && !offers('SMTP')) ||
      (protocol === 'IMAP' && !offers('IMAP') && !offers('POP3')),
  );
  const [first, ...rest] = servers;
  if (first === undefined) return servers;
  return [{ ...first, endpoints: [...first.endpoints, ...needed.map((protocol) => fallback[protocol])] }, ...rest];
}

/** A provider that keeps every catalog rule, with one to three servers. */
export const providerArbitrary: fc.Arbitrary<ProviderData> = fc
  .record({
    servers: fc.uniqueArray(server, { minLength: 1, maxLength: 3, selector: (s) => s.hostName }),
    fallback: fc.record({ IMAP: encryptedRow('IMAP'), POP3: encryptedRow('POP3'), SMTP: encryptedRow('SMTP') }),
  })
  .map(({ servers, fallback }) => ({
    id: 'generated',
    displayName: 'Generated Mail',
    shortName: 'generated',
    domains: ['generated.example'],
    mailExchangerDomains: ['generated.example'],
    helpDeskUrl: null,
    isDefault: true,
    servers: keepRules(servers, fallback),
  }));

/** The provider the catalog serves, or a generated one. */
export const anyProvider = fc.oneof(fc.constantFrom(...catalog.providers), providerArbitrary);

/** Every endpoint of the catalog, or of a generated provider. */
export const endpointList: fc.Arbitrary<readonly Endpoint[]> = fc.oneof(
  fc.constant(allEndpoints(catalog)),
  providerArbitrary.map(endpointsOf),
);

export const ordering = fc.constantFrom(...ORDERINGS);
