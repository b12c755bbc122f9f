// The soak's rows for the client documents: autoconfig, Autodiscover (POX and v2), the Apple
// profile, the SRV zone, the DNS plan and PACC. A valid row carries the document a direct evaluation gives (the formats' functions run
// in this Node process), which the Worker's answer must equal byte for byte.
import { catalog } from '../src/catalog/catalog.js';
import { negotiateLocale } from '../src/domain/locale.js';
import type { ClientConfigurationFormat } from '../src/client-config/registry.js';
import { clientConfiguration } from '../src/client-config/service.js';
import type { Choice, SoakCase, SoakRequest } from './soak-requests.js';
import { publicHost } from '../src/http/public-host.js';

const ADDRESSES = [
  'anna@routing.net',
  'Ben.Example+tag@routing.net',
  'someone@example.org',
  'jörg@bücher.de',
  'x@sub.routing.net',
];
const LANGUAGES = ['en', 'de', 'de-CH, en;q=0.5', 'fr'];
const REQUEST_NS = 'http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006';

const autodiscoverBody = (address: string) =>
  `<?xml version="1.0" encoding="utf-8"?><Autodiscover xmlns="${REQUEST_NS}"><Request><EMailAddress>${address}</EMailAddress><AcceptableResponseSchema>http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a</AcceptableResponseSchema></Request></Autodiscover>`;

/** The body the Worker must answer `format` with, evaluated here. */
const expected =
  (
    format: ClientConfigurationFormat,
    emailAddress: string | undefined,
    incomingProtocol: 'IMAP' | 'POP3',
    acceptLanguage: string | undefined,
  ) =>
  async (origin: string) =>
    (
      await clientConfiguration(format, {
        data: catalog,
        emailAddress,
        incomingProtocol,
        locale: negotiateLocale(acceptLanguage ?? null),
        origin,
        // The soak's Worker has no PUBLIC_HOST: DNS records name the host it is reached at when
        // that is a host name, as the Worker decides it.
        publicHost: () => publicHost({}, new URL(origin)),
      })
    ).body;

function validDocument(choose: Choice): SoakRequest {
  const address = choose.chance(0.8) ? choose.one(ADDRESSES) : undefined;
  const query = address === undefined ? '' : `?emailaddress=${encodeURIComponent(address)}`;
  const language = choose.one(LANGUAGES);
  const headers = { 'accept-language': language };
  switch (choose.int(0, 5)) {
    case 0:
      return {
        method: 'GET',
        path: `${choose.one(['/mail/config-v1.1.xml', '/.well-known/autoconfig/mail/config-v1.1.xml'])}${query}`,
        headers,
        expectedDocument: expected('MOZILLA_AUTOCONFIG', address, 'IMAP', language),
      };
    case 1: {
      const protocol = choose.one(['IMAP', 'POP3'] as const);
      const separator = query === '' ? '?' : '&';
      return {
        method: 'GET',
        path: `/apple/mail.mobileconfig${query}${separator}protocol=${protocol}`,
        headers,
        expectedDocument: expected('APPLE_PROFILE', address, protocol, language),
      };
    }
    case 2: {
      const [path, format] = choose.one([
        ['/dns/srv.zone', 'DNS_SRV'],
        ['/dns/discovery.zone', 'DNS_ZONE'],
      ] as const);
      return {
        method: 'GET',
        path: `${path}${query}`,
        headers,
        expectedDocument: expected(format, address, 'IMAP', language),
      };
    }
    case 3:
      return {
        method: 'GET',
        path: `/.well-known/user-agent-configuration.json${query}`,
        headers,
        expectedDocument: expected('PACC', address, 'IMAP', language),
      };
    case 4: {
      const mailbox = encodeURIComponent(address ?? 'anna@routing.net');
      return {
        method: 'GET',
        path: choose.one([
          `/autodiscover/autodiscover.json?Email=${mailbox}&Protocol=AutodiscoverV1`,
          `/Autodiscover/Autodiscover.json/v1.0/${mailbox}?Protocol=Autodiscoverv1`,
        ]),
        expectedDocument: expected('OUTLOOK_AUTODISCOVER_V2', undefined, 'IMAP', undefined),
      };
    }
    default: {
      const mailbox = address ?? 'anna@routing.net';
      return {
        method: 'POST',
        path: choose.one(['/autodiscover/autodiscover.xml', '/Autodiscover/Autodiscover.xml']),
        headers: { 'content-type': 'text/xml' },
        body: autodiscoverBody(mailbox),
        expectedDocument: expected('OUTLOOK_AUTODISCOVER', mailbox, 'IMAP', undefined),
      };
    }
  }
}

const autodiscoverPost = (body: string | Uint8Array<ArrayBuffer>): SoakRequest => ({
  method: 'POST',
  path: '/autodiscover/autodiscover.xml',
  headers: { 'content-type': 'text/xml' },
  body,
});

const BILLION_LAUGHS = `<!DOCTYPE l [<!ENTITY l "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i === 0 ? '' : i};`.repeat(10)}">`).join('')}]><Autodiscover xmlns="${REQUEST_NS}"><Request><EMailAddress>&l9;</EMailAddress></Request></Autodiscover>`;

export const DOCUMENT_CASES: readonly SoakCase[] = [
  { name: 'client documents', kind: 'valid', weight: 8, make: validDocument },
  {
    name: 'client documents, bad parameters',
    kind: 'invalid',
    weight: 1,
    make: (choose) =>
      choose.one<SoakRequest>([
        { method: 'GET', path: '/mail/config-v1.1.xml?emailaddress=no-at-sign' },
        { method: 'GET', path: '/apple/mail.mobileconfig?protocol=SMTP' },
        { method: 'GET', path: `/apple/mail.mobileconfig?emailaddress=${'a'.repeat(100_000)}%40routing.net` },
        { method: 'POST', path: '/dns/srv.zone', body: 'x' },
        { method: 'GET', path: '/dns/discovery.zone?emailaddress=a%40b%40c' },
        { method: 'GET', path: '/.well-known/user-agent-configuration.json?protocol=SMTP' },
        { method: 'GET', path: '/.well-known/user-agent-configuration.json?emailaddress=%40' },
        { method: 'GET', path: '/autodiscover/autodiscover.xml' },
        { method: 'GET', path: '/autodiscover/autodiscover.json?Email=anna%40routing.net&Protocol=ActiveSync' },
        { method: 'GET', path: `/autodiscover/autodiscover.json?Protocol=${'%3C'.repeat(5000)}` },
        { method: 'GET', path: '/autodiscover/autodiscover.json/v9/x?Protocol=AutodiscoverV1' },
        { method: 'GET', path: '/guides/%E0%A4%A' },
      ]),
  },
  {
    name: 'Autodiscover attacks',
    kind: 'hostile',
    weight: 1,
    make: (choose) =>
      choose.one([
        autodiscoverPost(
          `<!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><Autodiscover xmlns="${REQUEST_NS}"><Request><EMailAddress>&x;</EMailAddress></Request></Autodiscover>`,
        ),
        autodiscoverPost(BILLION_LAUGHS),
        autodiscoverPost('not xml at all'),
        autodiscoverPost(new Uint8Array([0x3c, 0x61, 0x3e, 0xff, 0xfe, 0x3c, 0x2f, 0x61, 0x3e])),
        autodiscoverPost(autodiscoverBody(`${'a'.repeat(20_000)}@routing.net`)),
        autodiscoverPost('<a>'.repeat(300_000)),
      ]),
  },
];
