/**
 * ClientConfiguration: the documents mail programs read to set themselves up, as text; the
 * `clientConfiguration` query. The same bytes as the HTTP routes serve.
 */
import { CLIENT_CONFIGURATION_FORMATS, type ClientConfigurationFormat } from '../documents/registry.js';
import { clientConfiguration, type ClientConfiguration } from '../documents/service.js';
import { incomingProtocolArg } from './arguments.js';
import { builder } from './builder.js';
import { localeArg, localeField } from './locale.js';
import { textLocale } from './locale-scope.js';

const FORMAT_DESCRIPTIONS: Readonly<Record<ClientConfigurationFormat, string>> = {
  MOZILLA_AUTOCONFIG:
    'Mozilla autoconfig 1.1 (`config-v1.1.xml`), read by Thunderbird, Thunderbird for Android, Evolution and others. Served at `/mail/config-v1.1.xml` and `/.well-known/autoconfig/mail/config-v1.1.xml`; the user name is the placeholder `%EMAILADDRESS%`, which the client fills in.',
  OUTLOOK_AUTODISCOVER:
    'Outlook POX Autodiscover response (`responseschema/2006`), one `Protocol` each for IMAP, POP3 and SMTP. Served for `POST /autodiscover/autodiscover.xml`. Needs `emailAddress`: it names the mailbox to sign in with.',
  APPLE_PROFILE:
    'Apple configuration profile (`.mobileconfig`) for iPhone, iPad and Mac: one Mail account, IMAP or POP3 as `incomingProtocol` says, without a password. Served at `/apple/mail.mobileconfig`. Texts follow the locale.',
  DNS_SRV:
    "DNS SRV records (RFC 6186 and RFC 8314 `_submissions`) as zone-file text for the provider's domains, priorities in the order of preference. Served at `/dns/srv.zone`.",
  PACC: "PACC (IETF draft-ietf-mailmaint-pacc-03), the JSON document clients fetch from `https://ua-auto-config.<domain>/.well-known/user-agent-configuration.json`: a host each for IMAP, POP3 and submission, implicit TLS only (993, 995 and 465, so SMTP is 465 here), password sign-in, the provider's names and a help link. Served at `/.well-known/user-agent-configuration.json`; the same bytes for every request, as clients check them against the SHA-256 digest in the `_ua-auto-config` TXT record.",
  DNS_ZONE:
    'The DNS plan: every record the provider publishes for mail programs to find their settings, as zone-file text: the SRV records of DNS_SRV, CNAMEs from `autoconfig.`, `autodiscover.` and `ua-auto-config.` under each domain to the host serving this API, and the `_ua-auto-config` TXT record with the SHA-256 digest of the PACC document. Served at `/dns/discovery.zone`.',
  OUTLOOK_AUTODISCOVER_V2:
    "Outlook's Autodiscover v2 answer for the protocol `AutodiscoverV1`: JSON naming the URL of this API's POX Autodiscover (`/Autodiscover/Autodiscover.xml`), where Outlook then asks for the settings. Served for `GET /autodiscover/autodiscover.json?Protocol=AutodiscoverV1` and `/autodiscover/autodiscover.json/v1.0/{email}?Protocol=AutodiscoverV1`.",
};

const ClientConfigurationFormatEnum = builder.enumType('ClientConfigurationFormat', {
  description: 'A document format mail programs read to configure themselves.',
  values: Object.fromEntries(
    CLIENT_CONFIGURATION_FORMATS.map((format) => [format, { description: FORMAT_DESCRIPTIONS[format] }]),
  ) as Record<ClientConfigurationFormat, { description: string }>,
});

const ClientConfigurationRef = builder.objectRef<ClientConfiguration>('ClientConfiguration');

ClientConfigurationRef.implement({
  description:
    'A configuration document as a mail program reads it: save `body` under `fileName`, or serve it with `contentType`.',
  fields: (t) => ({
    format: t.expose('format', { type: ClientConfigurationFormatEnum, description: 'The format of `body`.' }),
    contentType: t.exposeString('contentType', {
      description: 'The media type to serve `body` with, for example `application/x-apple-aspen-config`.',
    }),
    fileName: t.exposeString('fileName', {
      description:
        'A file name for `body`, with the extension clients expect (`.mobileconfig` opens the profile installer).',
    }),
    body: t.exposeString('body', {
      description: 'The document itself, byte for byte what the matching HTTP route serves.',
    }),
    locale: localeField(t),
  }),
});

builder.queryField('clientConfiguration', (t) =>
  t.field({
    type: ClientConfigurationRef,
    description:
      "A configuration document for mail programs, for one email address or, without one, for the default provider. Endpoints follow the provider's advice, so every format names the same preferred servers as `settingsForAddress`.",
    args: {
      format: t.arg({ type: ClientConfigurationFormatEnum, required: true, description: 'Which document to build.' }),
      emailAddress: t.arg.string({
        description:
          'The mailbox, for example `anna@routing.net`; internationalized domains are accepted and written in ASCII (`xn--`) form. Picks the provider by domain; required for OUTLOOK_AUTODISCOVER.',
      }),
      incomingProtocol: incomingProtocolArg(
        t.arg,
        'The incoming protocol the document puts first (and, for APPLE_PROFILE, the only one): IMAP (the default) or POP3.',
      ),
      locale: localeArg(t.arg),
    },
    resolve: (_root, { format, emailAddress, incomingProtocol }, ctx, info) => {
      return clientConfiguration(format, {
        data: ctx.catalog,
        emailAddress: emailAddress ?? undefined,
        incomingProtocol,
        locale: textLocale(ctx, info),
        origin: ctx.origin,
        publicHost: ctx.publicHost,
      });
    },
  }),
);
