/**
 * The world as DNS shows it, for a domain: where its mail goes (`MailLocation`, also on
 * `ClientSettings.mailLocation`) and whether mail programs will find the settings
 * (`DiscoveryRecordCheck`); the `domainCheck` query. Every answer that reads DNS is marked live
 * (context.ts), so the answer cache never keeps it; the DNS answers are kept by their TTL.
 */
import { parseDomainName } from '../domain/address.js';
import { providerOrDefault } from '../domain/providers.js';
import { localize } from '../domain/texts.js';
import { plannedRecords } from '../client-config/domain-plan.js';
import {
  checkDiscoveryRecords,
  type DiscoveryRecordCheck,
  type DiscoveryRecordType,
  type DiscoveryStatus,
} from '../world/discovery-records.js';
import { recordAdvice } from '../world/discovery-texts.js';
import type { LookupFailure } from '../world/dns/message.js';
import { LOOKUP_FAILURE_TEXTS } from '../world/lookup-failures.js';
import {
  locateMail,
  verdictText,
  type MailExchanger,
  type MailLocation,
  type MailVerdict,
} from '../world/mail-location.js';
import {
  DNS_TIMEOUT_MS,
  MAX_DNS_LOOKUPS_PER_REQUEST,
  MAX_DNS_NEGATIVE_TTL_SECONDS,
  MAX_DNS_TTL_SECONDS,
  MAX_FOUND_RECORD_LENGTH,
  MAX_FOUND_RECORDS_REPORTED,
  MAX_MAIL_EXCHANGERS_REPORTED,
} from '../limits.js';
import { providerIdArg } from './arguments.js';
import { describedValues } from './described-values.js';
import { builder } from './builder.js';
import { localeArg, localeField } from './locale/fields.js';
import { textLocale } from './locale/scope.js';
import { ProviderRef } from './provider.js';

const VERDICT_DESCRIPTIONS = {
  HOSTED_HERE:
    "The most preferred MX record names one of the provider's mail exchangers (the catalog's `mailExchangerDomains`): the provider receives the domain's mail, so its settings are the right ones.",
  HOSTED_ELSEWHERE:
    "The most preferred MX record names another host (`preferredMailExchanger`; `provider` when the catalog knows whose it is): the mail is elsewhere, and this provider's settings will not work for addresses at the domain. Do not offer them as if they would; say where the mail goes.",
  NO_MAIL:
    'The domain exists but takes no mail: no MX record, or a null MX (RFC 7505, one record with the exchanger `.`). Often a typing mistake in an address.',
  NO_SUCH_DOMAIN: 'The domain does not exist in DNS (NXDOMAIN): ask the person to check the spelling.',
  LOOKUP_FAILED:
    'The MX records could not be looked up (the resolver timed out, failed or sent garbage; `failure` says which): nothing is known about the domain, and nothing should be guessed. Show the settings with that said, or try again later.',
} satisfies Record<MailVerdict, string>;

const MailVerdictEnum = builder.enumType('MailVerdict', {
  description: "Where a domain's mail goes, as its MX records in DNS say.",
  values: describedValues(VERDICT_DESCRIPTIONS),
});

const FAILURE_DESCRIPTIONS = {
  TIMEOUT: `The DNS resolver did not answer within ${DNS_TIMEOUT_MS / 1000} seconds.`,
  UNREACHABLE: 'The DNS resolver could not be reached.',
  HTTP_ERROR: 'The DNS resolver answered with an HTTP error status.',
  MALFORMED:
    'The DNS resolver answered with something that is not a DNS message answering the question (or the name could not be asked).',
  SERVER_FAILURE:
    "The DNS resolver reported SERVFAIL or REFUSED, often a fault of the domain's name servers or a DNSSEC failure.",
  TOO_MANY_LOOKUPS: `The request used up its DNS lookups (${MAX_DNS_LOOKUPS_PER_REQUEST} questions, enough for one domainCheck); ask for one domain per request.`,
} satisfies Record<LookupFailure, string>;

const LookupFailureEnum = builder.enumType('LookupFailure', {
  description: 'Why a DNS lookup gave no answer to judge.',
  values: describedValues(FAILURE_DESCRIPTIONS),
});

const MailExchangerRef = builder.objectRef<MailExchanger>('MailExchanger');
MailExchangerRef.implement({
  description: "One MX record of a domain: a host that receives the domain's mail.",
  fields: (t) => ({
    host: t.exposeString('host', {
      description: 'The host name, lower case, without the trailing dot; empty for a null MX (RFC 7505).',
    }),
    preference: t.exposeInt('preference', {
      description: 'The MX preference: senders try the lowest first, the others only when it fails.',
    }),
    provider: t.field({
      type: ProviderRef,
      nullable: true,
      description: "The catalog's provider whose mail exchanger this is; null when the catalog knows none.",
      resolve: (mx) => mx.provider ?? null,
    }),
  }),
});

export const MailLocationRef = builder.objectRef<MailLocation>('MailLocation');
MailLocationRef.implement({
  description:
    "Where a domain's mail goes, from its MX records looked up over DNS over HTTPS: the verdict, the records, and the verdict in words.",
  fields: (t) => ({
    domain: t.exposeString('domain', { description: 'The domain looked up, in lower-case ASCII form.' }),
    verdict: t.field({
      type: MailVerdictEnum,
      description: 'Where the mail goes; the values say what to do with each.',
      resolve: (l) => l.verdict,
    }),
    explanation: t.string({
      description:
        'The verdict in words for people, in the locale in force: where the mail goes and what it means for these settings, or that the check could not be made and why.',
      resolve: (l, _args, ctx, info) => verdictText(l, textLocale(ctx, info)),
    }),
    mailExchangers: t.field({
      type: [MailExchangerRef],
      description: `The MX records found, most preferred first (at most ${MAX_MAIL_EXCHANGERS_REPORTED}); empty without any.`,
      resolve: (l) => l.mailExchangers,
    }),
    preferredMailExchanger: t.field({
      type: MailExchangerRef,
      nullable: true,
      description:
        "The MX record that decided the verdict: the most preferred one (among equals, the provider's own). Null without MX records.",
      resolve: (l) => l.preferred ?? null,
    }),
    authenticated: t.exposeBoolean('authenticated', {
      description:
        "True when the resolver validated the MX answer with DNSSEC (the AD bit); false when the domain is unsigned or the resolver does not validate. Say 'not verified' rather than 'wrong' when false.",
    }),
    failure: t.field({
      type: LookupFailureEnum,
      nullable: true,
      description: 'Why the lookup failed, for LOOKUP_FAILED; null otherwise.',
      resolve: (l) => l.failure ?? null,
    }),
    locale: localeField(t),
  }),
});

const STATUS_DESCRIPTIONS = {
  OK: 'Published as the DNS plan says (for an alias: a CNAME to the public host, or an address it has; for SRV: the planned target and port, whatever the priority; for the digest: one TXT record with the digest of the document served now).',
  MISSING: 'Nothing of the type is published at the name (or the name does not exist): publish `expected`.',
  WRONG: 'Something is published at the name, but not what the plan says: replace it with `expected`.',
  LOOKUP_FAILED: 'The name could not be looked up (`failure` says why): nothing is said about it.',
} satisfies Record<DiscoveryStatus, string>;

const DiscoveryStatusEnum = builder.enumType('DiscoveryRecordStatus', {
  description: 'How a published record compares with the DNS plan.',
  values: describedValues(STATUS_DESCRIPTIONS),
});

const TYPE_DESCRIPTIONS = {
  CNAME:
    'An alias to the host serving this API (`autoconfig.`, `autodiscover.`, `ua-auto-config.`); an address record with one of its addresses counts too.',
  SRV: "A service record (RFC 6186, RFC 8314, Outlook's `_autodiscover._tcp`).",
  TXT: 'The `_ua-auto-config` TXT record with the SHA-256 of the PACC document (draft-ietf-mailmaint-pacc).',
} satisfies Record<DiscoveryRecordType, string>;

const DiscoveryRecordTypeEnum = builder.enumType('DiscoveryRecordType', {
  description: 'The kind of a discovery record in the DNS plan.',
  values: describedValues(TYPE_DESCRIPTIONS),
});

const DiscoveryRecordRef = builder.objectRef<DiscoveryRecordCheck>('DiscoveryRecordCheck');
DiscoveryRecordRef.implement({
  description:
    'One record of the DNS plan (the `DNS_ZONE` client configuration) for a domain, as the domain has published it.',
  fields: (t) => ({
    name: t.exposeString('name', {
      description: 'The owner name of the record, without the trailing dot, such as `_imaps._tcp.example.com`.',
    }),
    type: t.field({ type: DiscoveryRecordTypeEnum, description: 'The kind of record.', resolve: (r) => r.type }),
    expected: t.exposeString('expected', {
      description:
        "The record's data as the plan gives it, in zone-file form: the alias's target, the SRV data (`priority weight port target`), or the TXT text.",
    }),
    found: t.exposeStringList('found', {
      description: `What the name has, in zone-file form (an alias shows \`CNAME <target>\` or \`A <address>\`; TXT strings joined); at most ${MAX_FOUND_RECORDS_REPORTED} records of ${MAX_FOUND_RECORD_LENGTH} characters each.`,
    }),
    status: t.field({
      type: DiscoveryStatusEnum,
      description: 'How `found` compares with `expected`.',
      resolve: (r) => r.status,
    }),
    advice: t.string({
      description:
        "What to do, in words for the domain's administrator, in the locale in force: the record to publish for MISSING and WRONG, who reads it, and why.",
      resolve: (r, _args, ctx, info) => recordAdvice(r, textLocale(ctx, info)),
    }),
    authenticated: t.exposeBoolean('authenticated', {
      description: 'True when the resolver validated the answer with DNSSEC (the AD bit).',
    }),
    failure: t.field({
      type: LookupFailureEnum,
      nullable: true,
      description: 'Why the lookup failed, for LOOKUP_FAILED; null otherwise.',
      resolve: (r) => r.failure ?? null,
    }),
    failureReason: t.string({
      nullable: true,
      description: 'The failure in words, in the locale in force; null when the lookup worked.',
      resolve: (r, _args, ctx, info) =>
        r.failure === undefined ? null : localize(LOOKUP_FAILURE_TEXTS[r.failure], textLocale(ctx, info)),
    }),
  }),
});

interface DomainCheck {
  readonly mail: MailLocation;
  readonly discoveryRecords: readonly DiscoveryRecordCheck[];
}

const DomainCheckRef = builder.objectRef<DomainCheck>('DomainCheck');
DomainCheckRef.implement({
  description:
    "A domain as DNS shows it now: where its mail goes, and whether mail programs will find the provider's settings for it.",
  fields: (t) => ({
    mail: t.field({
      type: MailLocationRef,
      description: "Where the domain's mail goes (its MX records).",
      resolve: (c) => c.mail,
    }),
    discoveryRecords: t.field({
      type: [DiscoveryRecordRef],
      description:
        "The domain's discovery records against the DNS plan the API serves for it (`clientConfiguration(document: { dnsZone: {} })`): `autoconfig.`, `autodiscover.` and `ua-auto-config.` leading to the host serving this API, the SRV records `_imaps`, `_submissions`, `_submission`, `_pop3s` and `_autodiscover`, and the `_ua-auto-config` TXT record with the digest of the PACC document served now. Each with what to publish.",
      resolve: (c) => c.discoveryRecords,
    }),
  }),
});

builder.queryField('domainCheck', (t) =>
  t.field({
    type: DomainCheckRef,
    description: `Checks a domain in DNS, as an administrator asks when setup fails: is the domain's mail hosted by the provider, and will Thunderbird, Outlook, iPhones and PACC clients find the settings? Looks up the MX, SRV, TXT and address records over DNS over HTTPS (about ten questions, in parallel, each waiting ${DNS_TIMEOUT_MS / 1000} s at most). Lookups that fail are reported as such, never guessed. Answers are never kept by the API's answer cache; DNS answers are reused for their TTL (at most ${MAX_DNS_TTL_SECONDS} s, negative ones ${MAX_DNS_NEGATIVE_TTL_SECONDS} s).`,
    args: {
      domain: t.arg.string({
        required: true,
        description:
          'The domain to check, such as `example.com` (internationalized domains are accepted). Not an email address or an IP address; an address that is not a domain name is an error.',
      }),
      providerId: providerIdArg(t.arg),
      locale: localeArg(t.arg),
    },
    resolve: async (_root, { domain, providerId }, ctx) => {
      const name = parseDomainName(domain);
      const here = providerOrDefault(ctx.catalog, providerId);
      const resolver = ctx.dns();
      const publicHost = ctx.publicHost();
      const plan = await plannedRecords(ctx.catalog, here, name, publicHost);
      const [mail, discoveryRecords] = await Promise.all([
        locateMail(ctx.catalog, resolver, name, here),
        checkDiscoveryRecords(resolver, plan, publicHost),
      ]);
      return { mail, discoveryRecords };
    },
  }),
);
