/**
 * One preferred incoming and one preferred outgoing endpoint, whichever way a client asks: the
 * GraphQL API, autoconfig, Autodiscover (asked directly, and through Autodiscover v2), the Apple
 * profile, the SRV priorities and the DNS plan's SRV priorities all agree. PACC
 * allows implicit TLS only, so it agrees with the offer's preferred endpoint among the implicit-TLS
 * ones: the same IMAP, but SMTP on 465 where the others prefer 587 with STARTTLS.
 */
import { describe, expect, it } from 'vitest';
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

/** An endpoint as protocol, host, port and whether TLS starts at once or by STARTTLS. */
type Choice = string;

const choice = (endpoint: OfferedEndpoint | undefined): Choice =>
  endpoint === undefined ? 'nothing' : endpointName(endpoint);

/** What a client of the document picks: the first incoming and the first outgoing endpoint. */
const picked = (offer: Offer): [Choice, Choice] => [choice(offer.incoming[0]), choice(offer.outgoing[0])];

/** The first implicit-TLS endpoint of each direction in the API's default order, the provider's advice. */
async function implicitTlsFromGraphQL(protocol: string): Promise<[Choice, Choice]> {
  const { endpoints } = await data<{ endpoints: OfferedEndpoint[] }>(
    '{ endpoints(filter: { security: SSL_TLS }) { protocol hostName port security } }',
  );
  return [choice(endpoints.find((e) => e.protocol === protocol)), choice(endpoints.find((e) => e.protocol === 'SMTP'))];
}

async function fromGraphQL(protocol: string): Promise<[Choice, Choice]> {
  const { settingsForAddress: s } = await data<{
    settingsForAddress: Record<'incoming' | 'outgoing', OfferedEndpoint>;
  }>(
    `{ settingsForAddress(emailAddress: "anna@routing.net", incomingProtocol: ${protocol}) { incoming { protocol hostName port security } outgoing { protocol hostName port security } } }`,
  );
  return [choice(s.incoming), choice(s.outgoing)];
}

const text = async (response: Promise<Response>) => bodyText(await response);

const fromAutoconfig = async () =>
  picked(autoconfigOffer(await text(fetchWorker('/mail/config-v1.1.xml?emailaddress=anna%40routing.net'))));

const fromAutodiscover = async () =>
  picked(autodiscoverOffer(await text(postAutodiscover(autodiscoverRequest('anna@routing.net')))));

const fromAutodiscoverV2 = async () => picked(autodiscoverOffer(await text(autodiscoverThroughV2('anna@routing.net'))));

const fromAppleProfile = async (protocol: string) =>
  picked(
    appleProfileOffer(
      await text(fetchWorker(`/apple/mail.mobileconfig?emailaddress=anna%40routing.net&protocol=${protocol}`)),
    ),
  );

const fromSrv = async () => picked(srvOffer(await text(fetchWorker('/dns/srv.zone'))));

const fromDnsPlan = async () => picked(srvOffer(await text(fetchWorker('/dns/discovery.zone'))));

const fromPacc = async () => picked(paccOffer(await text(fetchWorker('/.well-known/user-agent-configuration.json'))));

describe('the preferred endpoints across formats', () => {
  it('are the same in GraphQL, autoconfig, Autodiscover v1 and v2, the Apple profile, SRV and the DNS plan', async () => {
    const expected = await fromGraphQL('IMAP');
    expect(expected).toEqual(['IMAP/SSL_TLS mail.routing.net:993', 'SMTP/STARTTLS mail.routing.net:587']);
    expect(await fromAutoconfig()).toEqual(expected);
    expect(await fromAutodiscover()).toEqual(expected);
    expect(await fromAutodiscoverV2()).toEqual(expected);
    expect(await fromAppleProfile('IMAP')).toEqual(expected);
    expect(await fromSrv()).toEqual(expected);
    expect(await fromDnsPlan()).toEqual(expected);
  });

  it('are, for PACC, the preferred ones among implicit-TLS endpoints, as the draft allows no other', async () => {
    const expected = await implicitTlsFromGraphQL('IMAP');
    expect(expected).toEqual(['IMAP/SSL_TLS mail.routing.net:993', 'SMTP/SSL_TLS mail.routing.net:465']);
    expect(await fromPacc()).toEqual(expected);
    // The one honest difference: every other document sends mail over STARTTLS on 587.
    expect((await fromGraphQL('IMAP'))[1]).not.toBe(expected[1]);
  });

  it('agree for POP3 between GraphQL and the Apple profile', async () => {
    const expected = await fromGraphQL('POP3');
    expect(expected[0]).toBe('POP3/SSL_TLS mail.routing.net:995');
    expect(await fromAppleProfile('POP3')).toEqual(expected);
  });
});
