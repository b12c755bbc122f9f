/**
 * The DNS plan for one domain, record by record, as `domainCheck` compares it with what the
 * domain publishes: the same plan the DNS_ZONE document serves, with the digest of the PACC
 * document this Worker serves now (the very renderer of the PACC route).
 */
import type { CatalogData, ProviderData } from '../catalog/types.js';
import { clientOffer } from '../domain/client-offer.js';
import { domainPlan, type DomainPlan } from '../formats/dns-plan.js';
import { paccDigestRecord } from '../formats/pacc.js';
import { DOCUMENT_FORMATS } from './registry.js';

/** What `domain`, served by `provider`, should publish, its aliases leading to `publicHost`. */
export async function plannedRecords(
  data: CatalogData,
  provider: ProviderData,
  domain: string,
  publicHost: string,
): Promise<DomainPlan> {
  // Documents list encrypted endpoints in the provider's order, as every document is rendered.
  const offer = clientOffer(provider, 'IMAP', 'PROVIDER_ADVICE');
  const pacc = await DOCUMENT_FORMATS.PACC.render({
    data,
    address: undefined,
    offer,
    locale: 'en',
    origin: `https://${publicHost}`,
    publicHost: () => publicHost,
  });
  return domainPlan(offer, domain, { publicHost, paccDigestRecord: await paccDigestRecord(pacc) });
}
