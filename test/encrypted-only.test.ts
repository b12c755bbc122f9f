/**
 * No client document names an unencrypted endpoint: every endpoint that autoconfig (both paths),
 * Autodiscover (directly and through Autodiscover v2), the Apple profile (IMAP and POP3), the SRV
 * zone, the DNS plan and PACC offer, for any address, is an
 * encrypted row of the port table, and none is cleartext, SMTP on the relay port 25, or POP3 on
 * 110 or IMAP on 143 without STARTTLS. The port table itself keeps its cleartext rows.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { bodyText, data, fetchWorker } from './helpers/client.js';
import { autodiscoverRequest, autodiscoverThroughV2, postAutodiscover } from './helpers/documents.js';
import {
  appleProfileOffer,
  autoconfigOffer,
  autodiscoverOffer,
  endpointName,
  paccOffer,
  srvOffer,
  type Offer,
  type OfferedEndpoint,
} from './helpers/offered-endpoints.js';

const ADDRESSES = ['anna@routing.net', 'x@example.org', 'anna@bücher.example', undefined];

/** The query of a document request for `address`, with `protocol` for the Apple profile. */
function query(address: string | undefined, protocol?: string): string {
  const params = new URLSearchParams();
  if (address !== undefined) params.set('emailaddress', address);
  if (protocol !== undefined) params.set('protocol', protocol);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** A served document, named by how it was asked for, and how to ask for it and read its offer. */
type Served = [string, () => Promise<Offer>];

const body = async (response: Response) => {
  expect(response.status).toBe(200);
  return bodyText(response);
};

const get = (path: string, read: (text: string) => Offer): Served => [
  path,
  async () => read(await body(await fetchWorker(path))),
];

const DOCUMENTS: Served[] = ADDRESSES.flatMap((address): Served[] => [
  get(`/mail/config-v1.1.xml${query(address)}`, autoconfigOffer),
  get(`/.well-known/autoconfig/mail/config-v1.1.xml${query(address)}`, autoconfigOffer),
  get(`/apple/mail.mobileconfig${query(address, 'IMAP')}`, appleProfileOffer),
  get(`/apple/mail.mobileconfig${query(address, 'POP3')}`, appleProfileOffer),
  get(`/dns/srv.zone${query(address)}`, srvOffer),
  get(`/dns/discovery.zone${query(address)}`, srvOffer),
  get(`/.well-known/user-agent-configuration.json${query(address)}`, paccOffer),
  ...(address === undefined
    ? []
    : [
        get(`/autodiscover/autodiscover.xml${query(address)}`, autodiscoverOffer),
        [
          `POST /autodiscover/autodiscover.xml for ${address}`,
          async () => autodiscoverOffer(await body(await postAutodiscover(autodiscoverRequest(address)))),
        ] satisfies Served,
        [
          `Autodiscover v2, then POX, for ${address}`,
          async () => autodiscoverOffer(await body(await autodiscoverThroughV2(address))),
        ] satisfies Served,
      ]),
]);

/** Why `endpoint` is no endpoint a mail program may be told to use unasked, if it is not. */
function cleartext(endpoint: OfferedEndpoint): string | undefined {
  if (endpoint.security === 'NONE') return 'unencrypted';
  if (endpoint.protocol === 'SMTP' && endpoint.port === 25) return 'SMTP relay port 25';
  if ([110, 143].includes(endpoint.port) && endpoint.security !== 'STARTTLS') return 'cleartext port without STARTTLS';
  return undefined;
}

describe('every client document', () => {
  let encryptedRows: Set<string>;

  // The file's first request loads the whole schema, which outlasts a hook's default timeout.
  beforeAll(async () => {
    const { all, encrypted } = await data<{
      all: { security: string }[];
      encrypted: OfferedEndpoint[];
    }>(
      '{ all: endpoints { security } encrypted: endpoints(filter: { encryptedOnly: true }) { protocol security hostName port } }',
    );
    // The facts stay: the API still lists the cleartext rows, which the documents must leave out.
    expect(all.filter((e) => e.security === 'NONE').length).toBeGreaterThan(0);
    encryptedRows = new Set(encrypted.map(endpointName));
  }, 30_000);

  it.each(DOCUMENTS)('%s offers encrypted endpoints of the port table only', async (_, read) => {
    const offer = await read();
    const offered = [...offer.incoming, ...offer.outgoing];
    expect(offer.incoming.length).toBeGreaterThan(0);
    expect(offer.outgoing.length).toBeGreaterThan(0);
    expect(offered.map((e) => [endpointName(e), cleartext(e)]).filter(([, why]) => why !== undefined)).toEqual([]);
    expect(offered.map(endpointName).filter((k) => !encryptedRows.has(k))).toEqual([]);
  });
});
