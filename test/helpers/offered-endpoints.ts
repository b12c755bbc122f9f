/**
 * The endpoints a client document offers, most preferred first within incoming and within
 * outgoing mail, each with the security its client would use: autoconfig's `socketType`,
 * Autodiscover's `SSL` and `Encryption`, the Apple profile's TLS flag with its port, an SRV
 * record's service name, PACC's protocol name (implicit TLS on the draft's port). Cleartext words
 * read as `NONE` and words no format defines as `UNKNOWN …`, so a test sees either.
 */
import type { Element } from '@xmldom/xmldom';
import { child, children, parsePlist, parseXml, srvRecordsIn, textOf } from './documents.js';

export interface OfferedEndpoint {
  readonly protocol: string;
  readonly security: string;
  readonly hostName: string;
  readonly port: number;
}

/** `endpoint` as `PROTOCOL/SECURITY host:port`, to compare endpoints across formats and with the API. */
export const endpointName = (endpoint: OfferedEndpoint) =>
  `${endpoint.protocol}/${endpoint.security} ${endpoint.hostName}:${endpoint.port}`;

export interface Offer {
  readonly incoming: readonly OfferedEndpoint[];
  readonly outgoing: readonly OfferedEndpoint[];
}

const securityOf = (words: Readonly<Record<string, string>>, word: string) => words[word] ?? `UNKNOWN ${word}`;

const SOCKET_TYPE = { SSL: 'SSL_TLS', STARTTLS: 'STARTTLS', plain: 'NONE' };
const OUTLOOK_ENCRYPTION = { SSL: 'SSL_TLS', TLS: 'STARTTLS', None: 'NONE' };
const SRV_SERVICE: Readonly<Record<string, { protocol: string; security: string }>> = {
  imaps: { protocol: 'IMAP', security: 'SSL_TLS' },
  imap: { protocol: 'IMAP', security: 'STARTTLS' },
  pop3s: { protocol: 'POP3', security: 'SSL_TLS' },
  pop3: { protocol: 'POP3', security: 'STARTTLS' },
  submissions: { protocol: 'SMTP', security: 'SSL_TLS' },
  submission: { protocol: 'SMTP', security: 'STARTTLS' },
};
/** PACC's protocol names; the draft allows each only with implicit TLS on its own port. */
const PACC_PROTOCOL: Readonly<Record<string, { protocol: string; port: number }>> = {
  imap: { protocol: 'IMAP', port: 993 },
  pop3: { protocol: 'POP3', port: 995 },
  submit: { protocol: 'SMTP', port: 465 },
};
/** Apple Mail starts TLS at once on these ports and with STARTTLS on any other. */
const IMPLICIT_TLS_PORTS = [993, 995, 465];

const split = (endpoints: readonly OfferedEndpoint[]): Offer => ({
  incoming: endpoints.filter((e) => e.protocol !== 'SMTP'),
  outgoing: endpoints.filter((e) => e.protocol === 'SMTP'),
});

/** The servers of an autoconfig document in its order, which is the order clients try them in. */
export function autoconfigOffer(xml: string): Offer {
  const provider = child(parseXml(xml).documentElement as Element, 'emailProvider');
  const servers = [...children(provider, 'incomingServer'), ...children(provider, 'outgoingServer')];
  return split(
    servers.map((server) => ({
      protocol: server.getAttribute('type')?.toUpperCase() ?? '',
      security: securityOf(SOCKET_TYPE, textOf(server, 'socketType')),
      hostName: textOf(server, 'hostname'),
      port: Number(textOf(server, 'port')),
    })),
  );
}

/** The Protocols of an Autodiscover answer; Outlook takes the first incoming one it can use. */
export function autodiscoverOffer(xml: string): Offer {
  const account = child(child(parseXml(xml).documentElement as Element, 'Response'), 'Account');
  return split(
    children(account, 'Protocol').map((protocol) => ({
      protocol: textOf(protocol, 'Type'),
      security:
        textOf(protocol, 'SSL') === 'off' ? 'NONE' : securityOf(OUTLOOK_ENCRYPTION, textOf(protocol, 'Encryption')),
      hostName: textOf(protocol, 'Server'),
      port: Number(textOf(protocol, 'Port')),
    })),
  );
}

/** The one incoming and one outgoing server of an Apple profile's Mail payload. */
export function appleProfileOffer(text: string): Offer {
  const [mail = {}] = parsePlist(text).PayloadContent as Record<string, unknown>[];
  const server = (prefix: 'Incoming' | 'Outgoing', protocol: string): OfferedEndpoint => {
    const port = Number(mail[`${prefix}MailServerPortNumber`]);
    const tls = mail[`${prefix}MailServerUseSSL`] === true;
    return {
      protocol,
      security: !tls ? 'NONE' : IMPLICIT_TLS_PORTS.includes(port) ? 'SSL_TLS' : 'STARTTLS',
      hostName: String(mail[`${prefix}MailServerHostName`]),
      port,
    };
  };
  const incomingProtocol = mail.EmailAccountType === 'EmailTypePOP' ? 'POP3' : 'IMAP';
  return { incoming: [server('Incoming', incomingProtocol)], outgoing: [server('Outgoing', 'SMTP')] };
}

/** The mail services among a zone's SRV records that have a target, lowest priority first. */
export function srvOffer(zone: string): Offer {
  const records = srvRecordsIn(zone)
    .map((record) => ({ record, service: /^_([^.]+)\._tcp\./.exec(record.owner)?.[1] ?? '' }))
    .filter(({ record, service }) => record.target !== '.' && service !== 'autodiscover')
    .sort((a, b) => a.record.priority - b.record.priority);
  return split(
    records.map(({ record, service }) => ({
      protocol: SRV_SERVICE[service]?.protocol ?? `UNKNOWN ${service}`,
      security: SRV_SERVICE[service]?.security ?? `UNKNOWN ${service}`,
      hostName: record.target.replace(/\.$/, ''),
      port: record.port,
    })),
  );
}

/** The servers of a PACC document; it has one a protocol, so each direction's first is its choice. */
export function paccOffer(json: string): Offer {
  const { protocols } = JSON.parse(json) as { protocols: Record<string, { host: string }> };
  return split(
    Object.entries(protocols).map(([key, { host }]) => ({
      protocol: PACC_PROTOCOL[key]?.protocol ?? `UNKNOWN ${key}`,
      security: PACC_PROTOCOL[key] === undefined ? `UNKNOWN ${key}` : 'SSL_TLS',
      hostName: host,
      port: PACC_PROTOCOL[key]?.port ?? 0,
    })),
  );
}
