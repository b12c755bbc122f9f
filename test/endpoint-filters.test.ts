/**
 * Endpoint filters and orderings, through the API, on every list of endpoints it offers.
 */
import { describe, expect, it } from 'vitest';
import { catalog } from '../src/catalog/catalog.js';
import { endpointsOf } from '../src/domain/endpoints.js';
import { orderEndpoints } from '../src/domain/ordering.js';
import { defaultProvider } from '../src/domain/providers.js';
import { data } from './helpers/client.js';

interface Row {
  protocol: string;
  security: string;
  port: number;
  advice: string;
  direction: string;
  encrypted: boolean;
}

const FIELDS = 'protocol security port advice direction encrypted';

async function endpoints(args: string): Promise<Row[]> {
  const result = await data<{ endpoints: Row[] }>(`{ endpoints${args} { ${FIELDS} } }`);
  return result.endpoints;
}

const key = (row: Row) => `${row.protocol} ${row.security} ${row.port}`;

describe('endpoint filters', () => {
  it('by protocol', async () => {
    const rows = await endpoints('(filter: { protocol: POP3 })');
    expect(rows.map(key)).toEqual(['POP3 SSL_TLS 995', 'POP3 STARTTLS 110', 'POP3 NONE 110']);
  });

  it('by direction', async () => {
    expect((await endpoints('(filter: { direction: OUTGOING })')).map(key)).toEqual([
      'SMTP STARTTLS 587',
      'SMTP SSL_TLS 465',
      'SMTP NONE 25',
    ]);
    const incoming = await endpoints('(filter: { direction: INCOMING })');
    expect(incoming).toHaveLength(6);
    expect(incoming.every((row) => row.direction === 'INCOMING' && row.protocol !== 'SMTP')).toBe(true);
  });

  it('by security', async () => {
    expect((await endpoints('(filter: { security: STARTTLS })')).map(key)).toEqual([
      'IMAP STARTTLS 143',
      'POP3 STARTTLS 110',
      'SMTP STARTTLS 587',
    ]);
  });

  it('by advice: recommended only', async () => {
    expect((await endpoints('(filter: { advice: RECOMMENDED })')).map(key)).toEqual([
      'IMAP SSL_TLS 993',
      'POP3 SSL_TLS 995',
      'SMTP STARTTLS 587',
    ]);
  });

  it('encrypted only', async () => {
    const rows = await endpoints('(filter: { encryptedOnly: true })');
    expect(rows).toHaveLength(6);
    expect(rows.some((row) => row.security === 'NONE')).toBe(false);
    expect(await endpoints('(filter: { encryptedOnly: false })')).toHaveLength(9);
  });

  it('by port', async () => {
    expect((await endpoints('(filter: { port: 143 })')).map(key)).toEqual(['IMAP STARTTLS 143', 'IMAP NONE 143']);
    expect(await endpoints('(filter: { port: 2525 })')).toEqual([]);
  });

  it('combines conditions', async () => {
    expect(
      (await endpoints('(filter: { direction: INCOMING, security: SSL_TLS, encryptedOnly: true })')).map(key),
    ).toEqual(['IMAP SSL_TLS 993', 'POP3 SSL_TLS 995']);
    expect(await endpoints('(filter: { protocol: SMTP, port: 993 })')).toEqual([]);
  });

  it('by provider', async () => {
    expect(await endpoints('(providerId: "routing-net")')).toHaveLength(9);
  });
});

describe('endpoint orderings', () => {
  it("puts the provider's advice first by default", async () => {
    const rows = await endpoints('');
    expect(rows.map(key)).toEqual((await endpoints('(ordering: PROVIDER_ADVICE)')).map(key));
    expect(rows.filter((row) => row.protocol === 'SMTP').map(key)).toEqual([
      'SMTP STARTTLS 587',
      'SMTP SSL_TLS 465',
      'SMTP NONE 25',
    ]);
  });

  it("follows RFC 8314 when asked, in the one ordering function's order", async () => {
    const rfc8314 = orderEndpoints(endpointsOf(defaultProvider(catalog)), 'RFC8314');
    expect((await endpoints('(ordering: RFC8314)')).map(key)).toEqual(rfc8314.map(key));
    expect(rfc8314.map(key)).not.toEqual(orderEndpoints(rfc8314, 'PROVIDER_ADVICE').map(key));
  });

  it('applies to the lists on providers, servers and protocols alike', async () => {
    const result = await data<{
      providers: { endpoints: Row[] }[];
      servers: { endpoints: Row[] }[];
      protocol: { endpoints: Row[] };
    }>(`{
      providers { endpoints(ordering: RFC8314, filter: { protocol: SMTP }) { ${FIELDS} } }
      servers { endpoints(ordering: RFC8314, filter: { protocol: SMTP }) { ${FIELDS} } }
      protocol(name: SMTP) { endpoints(ordering: RFC8314) { ${FIELDS} } }
    }`);
    const expected = ['SMTP SSL_TLS 465', 'SMTP STARTTLS 587', 'SMTP NONE 25'];
    expect(result.providers[0]?.endpoints.map(key)).toEqual(expected);
    expect(result.servers[0]?.endpoints.map(key)).toEqual(expected);
    expect(result.protocol.endpoints.map(key)).toEqual(expected);
  });

  it("narrows a protocol's own list further, never widens it", async () => {
    const result = await data<{ imap: { endpoints: Row[] }; pop3: { endpoints: Row[] } }>(`{
      imap: protocol(name: IMAP) { endpoints(filter: { protocol: POP3 }) { ${FIELDS} } }
      pop3: protocol(name: POP3) { endpoints(filter: { encryptedOnly: true }) { ${FIELDS} } }
    }`);
    expect(result.imap.endpoints).toEqual([]);
    expect(result.pop3.endpoints.map(key)).toEqual(['POP3 SSL_TLS 995', 'POP3 STARTTLS 110']);
  });
});
