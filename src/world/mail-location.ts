/**
 * Where a domain's mail is: its MX records (RFC 5321 section 5.1) against the mail exchangers the
 * catalog names per provider. Mail goes to the most preferred exchangers (the lowest preference),
 * so they decide; a backup exchanger at the provider does not make a domain hosted here. A lookup
 * that fails gives LOOKUP_FAILED, never a guess.
 */
import type { CatalogData, Locale, LocalizedText, ProviderData } from '../catalog/types.js';
import { fillPlaceholders } from '../lib/template.js';
import { MAX_MAIL_EXCHANGERS_REPORTED } from '../limits.js';
import type { DnsResolver } from './dns/doh.js';
import type { DnsAnswer, LookupFailure } from './dns/message.js';
import { LOOKUP_FAILURE_TEXTS } from './lookup-failures.js';

export const MAIL_VERDICTS = ['HOSTED_HERE', 'HOSTED_ELSEWHERE', 'NO_MAIL', 'NO_SUCH_DOMAIN', 'LOOKUP_FAILED'] as const;
export type MailVerdict = (typeof MAIL_VERDICTS)[number];

/** One MX record, and the catalog's provider whose exchanger it is, if any. */
export interface MailExchanger {
  readonly preference: number;
  /** The exchanger's host name, lower case, without the trailing dot. */
  readonly host: string;
  readonly provider: ProviderData | undefined;
}

export interface MailLocation {
  readonly domain: string;
  readonly verdict: MailVerdict;
  /** The MX records, most preferred first (at most MAX_MAIL_EXCHANGERS_REPORTED). */
  readonly mailExchangers: readonly MailExchanger[];
  /** The most preferred exchanger, where mail goes first; undefined without one. */
  readonly preferred: MailExchanger | undefined;
  /** The provider whose settings the verdict is about ("here"). */
  readonly here: ProviderData;
  /** True when the resolver validated the MX answer with DNSSEC (the AD bit). */
  readonly authenticated: boolean;
  readonly failure: LookupFailure | undefined;
}

/** The catalog's provider whose mail exchangers include `host`, if any. */
export function providerOfExchanger(data: CatalogData, host: string): ProviderData | undefined {
  return data.providers.find((provider) =>
    provider.mailExchangerDomains.some((name) => host === name || host.endsWith(`.${name}`)),
  );
}

/**
 * The verdict on `domain` from the answer to its MX question, for the provider `here`.
 * A null MX (one record, exchanger `.`, RFC 7505) and no MX at all are NO_MAIL.
 */
export function judgeMailExchangers(
  data: CatalogData,
  domain: string,
  answer: DnsAnswer,
  here: ProviderData,
): MailLocation {
  const base = { domain, here, mailExchangers: [], preferred: undefined, failure: undefined };
  if (answer.outcome === 'FAILED') {
    return { ...base, verdict: 'LOOKUP_FAILED', authenticated: false, failure: answer.failure };
  }
  const { authenticated } = answer;
  if (answer.outcome === 'NO_SUCH_NAME') return { ...base, verdict: 'NO_SUCH_DOMAIN', authenticated };
  const mailExchangers = (answer.outcome === 'FOUND' ? answer.records : [])
    .flatMap((record) => (record.type === 'MX' ? [record] : []))
    .map(({ preference, exchange }) => ({ preference, host: exchange, provider: providerOfExchanger(data, exchange) }))
    .sort((a, b) => a.preference - b.preference || a.host.localeCompare(b.host))
    .slice(0, MAX_MAIL_EXCHANGERS_REPORTED);
  const real = mailExchangers.filter((mx) => mx.host !== '');
  const preferred = real[0];
  if (preferred === undefined) return { ...base, mailExchangers, verdict: 'NO_MAIL', authenticated };
  // Every exchanger of the lowest preference receives mail; one at the provider among them counts.
  const first = real.filter((mx) => mx.preference === preferred.preference);
  const atHere = first.find((mx) => mx.provider?.id === here.id);
  return {
    ...base,
    mailExchangers,
    preferred: atHere ?? preferred,
    verdict: atHere === undefined ? 'HOSTED_ELSEWHERE' : 'HOSTED_HERE',
    authenticated,
  };
}

/** Looks up `domain`'s MX records and judges them for `here`. */
export async function locateMail(
  data: CatalogData,
  resolver: DnsResolver,
  domain: string,
  here: ProviderData,
): Promise<MailLocation> {
  return judgeMailExchangers(data, domain, await resolver.lookup(domain, 'MX'), here);
}

const VERDICT_TEXTS: Readonly<Record<MailVerdict, LocalizedText>> = {
  HOSTED_HERE: {
    en: "{domain}'s mail is received by {here} ({exchanger}): {here}'s settings are the right ones.",
    de: 'Die E-Mails von {domain} empfängt {here} ({exchanger}): Die Einstellungen von {here} sind die richtigen.',
  },
  HOSTED_ELSEWHERE: {
    en: "{domain}'s mail goes to {exchanger}{elsewhere}, not to {here}: {here}'s settings will not work for it. Use the settings of the provider that runs {exchanger}.",
    de: 'Die E-Mails von {domain} gehen an {exchanger}{elsewhere}, nicht an {here}: Die Einstellungen von {here} funktionieren dafür nicht. Verwenden Sie die Einstellungen des Anbieters, der {exchanger} betreibt.',
  },
  NO_MAIL: {
    en: '{domain} receives no mail: it has no MX record, or a null MX (RFC 7505) that says so. Check the address for typing mistakes.',
    de: '{domain} empfängt keine E-Mails: Die Domain hat keinen MX-Eintrag oder einen Null-MX (RFC 7505), der das sagt. Prüfen Sie die Adresse auf Tippfehler.',
  },
  NO_SUCH_DOMAIN: {
    en: '{domain} does not exist in DNS: check the spelling of the domain.',
    de: '{domain} existiert im DNS nicht: Prüfen Sie die Schreibweise der Domain.',
  },
  LOOKUP_FAILED: {
    en: "Where {domain}'s mail goes could not be checked: {failure}. Nothing is said about it; try again later.",
    de: 'Wohin die E-Mails von {domain} gehen, konnte nicht geprüft werden: {failure}. Darüber wird nichts gesagt; versuchen Sie es später noch einmal.',
  },
};

/** The verdict in words, in `locale`. */
export function verdictText(location: MailLocation, locale: Locale): string {
  const knownProvider = location.preferred?.provider;
  const elsewhere =
    knownProvider === undefined || location.verdict !== 'HOSTED_ELSEWHERE'
      ? ''
      : locale === 'de'
        ? ` (bei ${knownProvider.displayName})`
        : ` (run by ${knownProvider.displayName})`;
  return fillPlaceholders(VERDICT_TEXTS[location.verdict][locale], {
    domain: location.domain,
    here: location.here.displayName,
    exchanger: location.preferred?.host ?? '',
    elsewhere,
    failure: location.failure === undefined ? '' : LOOKUP_FAILURE_TEXTS[location.failure][locale],
  });
}
