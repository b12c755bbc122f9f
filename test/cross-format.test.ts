/**
 * One preferred incoming and one preferred outgoing endpoint, whichever way a client asks: the
 * GraphQL API, autoconfig, Autodiscover, the Apple profile and the SRV priorities all agree.
 */
import { describe, expect, it } from 'vitest';
import { data, fetchWorker } from './helpers/client.js';
import { autodiscoverRequest, postAutodiscover } from './helpers/documents.js';
import {
  appleProfileOffer,
  autoconfigOffer,
  autodiscoverOffer,
  endpointName,
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

async function fromGraphQL(protocol: string): Promise<[Choice, Choice]> {
  const { settingsForAddress: s } = await data<{
    settingsForAddress: Record<'incoming' | 'outgoing', OfferedEndpoint>;
  }>(
    `{ settingsForAddress(emailAddress: "anna@routing.net", incomingProtocol: ${protocol}) { incoming { protocol hostName port security } outgoing { protocol hostName port security } } }`,
  );
  return [choice(s.incoming), choice(s.outgoing)];
}

const text = async (response: Promise<Response>) => (await response).text();

const fromAutoconfig = async () =>
  picked(autoconfigOffer(await text(fetchWorker('/mail/config-v1.1.xml?emailaddress=anna%40routing.net'))));

const fromAutodiscover = async () =>
  picked(autodiscoverOffer(await text(postAutodiscover(autodiscoverRequest('anna@routing.net')))));

const fromAppleProfile = async (protocol: string) =>
  picked(
    appleProfileOffer(
      await text(fetchWorker(`/apple/mail.mobileconfig?emailaddress=anna%40routing.net&protocol=${protocol}`)),
    ),
  );

const fromSrv = async () => picked(srvOffer(await text(fetchWorker('/dns/srv.zone'))));

describe('the preferred endpoints across formats', () => {
  it('are the same in GraphQL, autoconfig, Autodiscover, the Apple profile and the SRV priorities', async () => {
    const expected = await fromGraphQL('IMAP');
    expect(expected).toEqual(['IMAP/SSL_TLS mail.routing.net:993', 'SMTP/STARTTLS mail.routing.net:587']);
    expect(await fromAutoconfig()).toEqual(expected);
    expect(await fromAutodiscover()).toEqual(expected);
    expect(await fromAppleProfile('IMAP')).toEqual(expected);
    expect(await fromSrv()).toEqual(expected);
  });

  it('agree for POP3 between GraphQL and the Apple profile', async () => {
    const expected = await fromGraphQL('POP3');
    expect(expected[0]).toBe('POP3/SSL_TLS mail.routing.net:995');
    expect(await fromAppleProfile('POP3')).toEqual(expected);
  });
});
