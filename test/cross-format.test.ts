/**
 * One preferred incoming and one preferred outgoing endpoint, whichever way a client asks: the
 * GraphQL API, autoconfig, Autodiscover, the Apple profile and the SRV priorities all agree.
 */
import { describe, expect, it } from 'vitest';
import type { Element } from '@xmldom/xmldom';
import { data, fetchWorker } from './helpers/client.js';
import {
  autodiscoverRequest,
  child,
  children,
  parsePlist,
  parseSrvZone,
  parseXml,
  postAutodiscover,
  textOf,
} from './helpers/documents.js';

/** An endpoint as protocol, host, port and whether TLS starts at once or by STARTTLS. */
type Choice = string;

const SRV_SECURITY: Record<string, string> = {
  imaps: 'IMAP/SSL_TLS',
  imap: 'IMAP/STARTTLS',
  pop3s: 'POP3/SSL_TLS',
  pop3: 'POP3/STARTTLS',
  submissions: 'SMTP/SSL_TLS',
  submission: 'SMTP/STARTTLS',
};
const SOCKET: Record<string, string> = { SSL: 'SSL_TLS', STARTTLS: 'STARTTLS', plain: 'NONE' };
const OUTLOOK: Record<string, string> = { SSL: 'SSL_TLS', TLS: 'STARTTLS', None: 'NONE' };

async function fromGraphQL(protocol: string): Promise<[Choice, Choice]> {
  const { settingsForAddress: s } = await data<{
    settingsForAddress: Record<
      'incoming' | 'outgoing',
      { protocol: string; hostName: string; port: number; security: string }
    >;
  }>(
    `{ settingsForAddress(emailAddress: "anna@routing.net", incomingProtocol: ${protocol}) { incoming { protocol hostName port security } outgoing { protocol hostName port security } } }`,
  );
  const choice = (e: typeof s.incoming) => `${e.protocol}/${e.security} ${e.hostName}:${e.port}`;
  return [choice(s.incoming), choice(s.outgoing)];
}

async function fromAutoconfig(): Promise<[Choice, Choice]> {
  const root = parseXml(await (await fetchWorker('/mail/config-v1.1.xml?emailaddress=anna%40routing.net')).text())
    .documentElement as Element;
  const provider = child(root, 'emailProvider');
  const choice = (server: Element) =>
    `${server.getAttribute('type')?.toUpperCase()}/${SOCKET[textOf(server, 'socketType')]} ${textOf(server, 'hostname')}:${textOf(server, 'port')}`;
  return [
    choice(children(provider, 'incomingServer')[0] as Element),
    choice(children(provider, 'outgoingServer')[0] as Element),
  ];
}

async function fromAutodiscover(): Promise<[Choice, Choice]> {
  const root = parseXml(await (await postAutodiscover(autodiscoverRequest('anna@routing.net'))).text())
    .documentElement as Element;
  const protocols = children(child(child(root, 'Response'), 'Account'), 'Protocol');
  const choice = (p: Element) =>
    `${textOf(p, 'Type')}/${OUTLOOK[textOf(p, 'Encryption')]} ${textOf(p, 'Server')}:${textOf(p, 'Port')}`;
  // Outlook takes the first incoming Protocol it can use, and the SMTP one.
  const smtp = protocols.find((p) => textOf(p, 'Type') === 'SMTP') as Element;
  return [choice(protocols[0] as Element), choice(smtp)];
}

async function fromAppleProfile(protocol: string): Promise<[Choice, Choice]> {
  const plist = parsePlist(
    await (await fetchWorker(`/apple/mail.mobileconfig?emailaddress=anna%40routing.net&protocol=${protocol}`)).text(),
  );
  const mail = plist.PayloadContent[0];
  const type = mail.EmailAccountType === 'EmailTypePOP' ? 'POP3' : 'IMAP';
  // The profile has only a TLS flag; Mail picks implicit TLS or STARTTLS by the port, as the SRV names do.
  const security = (port: number, smtp: boolean) =>
    [993, 995, 465].includes(port) ? 'SSL_TLS' : smtp || port === 143 || port === 110 ? 'STARTTLS' : 'NONE';
  return [
    `${type}/${security(mail.IncomingMailServerPortNumber, false)} ${mail.IncomingMailServerHostName}:${mail.IncomingMailServerPortNumber}`,
    `SMTP/${security(mail.OutgoingMailServerPortNumber, true)} ${mail.OutgoingMailServerHostName}:${mail.OutgoingMailServerPortNumber}`,
  ];
}

async function fromSrv(): Promise<[Choice, Choice]> {
  const records = parseSrvZone(await (await fetchWorker('/dns/srv.zone')).text()).filter((r) => r.target !== '.');
  const best = (services: string[]) => {
    const record = records
      .filter((r) => services.includes(r.owner.split('.')[0]?.slice(1) ?? ''))
      .sort((a, b) => a.priority - b.priority)[0];
    const service = record?.owner.split('.')[0]?.slice(1) ?? '';
    return `${SRV_SECURITY[service]} ${record?.target.replace(/\.$/, '')}:${record?.port}`;
  };
  return [best(['imaps', 'imap', 'pop3s', 'pop3']), best(['submissions', 'submission'])];
}

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
