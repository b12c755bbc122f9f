/**
 * The DNS plan: every record a provider publishes for mail programs to find their settings, as
 * one zone-file text. For each domain of the provider:
 * - the SRV records (RFC 6186, RFC 8314 `_submissions`, Outlook's `_autodiscover._tcp`);
 * - CNAMEs from the host names clients ask to the host serving this API: `autoconfig.` for
 *   Thunderbird and the other autoconfig clients, `autodiscover.` for Outlook, `ua-auto-config.`
 *   for PACC;
 * - the TXT record `_ua-auto-config.` with the digest of the PACC document this API serves, which
 *   PACC clients require before they trust the document.
 */
import type { ClientOffer } from '../domain/client-offer.js';
import { paccDigestOwner, paccHost } from './pacc.js';
import { SRV_COMMENTS, srvRecords, srvZoneRecords, type SrvRecord } from './srv-records.js';
import { absolute, quoted, zoneText, type ZoneRecord } from './zone-file.js';

/** The host names, under each mail domain, that clients ask for documents this API serves. */
const DOCUMENT_HOSTS: readonly ((domain: string) => string)[] = [
  (domain) => `autoconfig.${domain}`,
  (domain) => `autodiscover.${domain}`,
  paccHost,
];

export interface DnsPlanOptions {
  /** The host this API is served at, which the CNAMEs and `_autodiscover._tcp` name. */
  readonly publicHost: string;
  /** The TXT data vouching for the PACC document (`paccDigestRecord` of its body). */
  readonly paccDigestRecord: string;
}

/** The plan for one domain, record by record, for checking what a domain has published. */
export interface DomainPlan {
  /** Names that must lead to the public host (CNAME, or an address of it), with trailing dots. */
  readonly aliases: readonly { readonly owner: string; readonly target: string }[];
  readonly srv: readonly SrvRecord[];
  /** The `_ua-auto-config` TXT record: its owner and its text (unquoted). */
  readonly paccDigest: { readonly owner: string; readonly text: string };
}

/** The aliases and the PACC digest record of `domain` (its SRV records aside). */
function documentPlan(domain: string, { publicHost, paccDigestRecord }: DnsPlanOptions) {
  const target = absolute(publicHost);
  const aliases = DOCUMENT_HOSTS.map((host) => absolute(host(domain)))
    // A name cannot alias itself: the API may be served at one of these very names.
    .filter((owner) => owner !== target)
    .map((owner) => ({ owner, target }));
  return { aliases, paccDigest: { owner: absolute(paccDigestOwner(domain)), text: paccDigestRecord } };
}

/** What `domain` (one of the provider's, or a customer's domain it serves) should publish. */
export function domainPlan(offer: ClientOffer, domain: string, options: DnsPlanOptions): DomainPlan {
  return {
    ...documentPlan(domain, options),
    srv: srvRecords(offer, { autodiscoverHost: options.publicHost }, [domain]),
  };
}

/** The records of `domain` besides its SRV records. */
function documentRecords(domain: string, options: DnsPlanOptions): ZoneRecord[] {
  const { aliases, paccDigest } = documentPlan(domain, options);
  return [
    ...aliases.map(({ owner, target }): ZoneRecord => ({ owner, type: 'CNAME', data: target })),
    { owner: paccDigest.owner, type: 'TXT', data: quoted(paccDigest.text) },
  ];
}

/** The DNS plan for `offer`'s provider as zone-file text. */
export function dnsPlan(offer: ClientOffer, options: DnsPlanOptions): string {
  const records = [
    ...srvZoneRecords(offer, { autodiscoverHost: options.publicHost }),
    ...offer.provider.domains.flatMap((domain) => documentRecords(domain, options)),
  ];
  return zoneText(
    [
      `Every record ${offer.provider.displayName} publishes for mail programs to find their settings.`,
      "SRV (RFC 6186, RFC 8314 section 5.1, and Outlook's _autodiscover._tcp) lead programs to the mail servers.",
      ...SRV_COMMENTS,
      `CNAME: autoconfig (autoconfig clients), autodiscover (Outlook) and ua-auto-config (PACC) lead to ${options.publicHost}, which serves their documents.`,
      'TXT _ua-auto-config: the SHA-256 of the PACC document served there; it changes with the catalog, so publish it again after each deploy that changes it.',
    ],
    records,
  );
}
