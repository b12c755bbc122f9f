/**
 * PACC, the IETF draft "Automatic Configuration of Email, Calendar, and Contact Server Settings"
 * (draft-ietf-mailmaint-pacc-03): the provider's JSON document, which clients fetch from
 * `https://ua-auto-config.<domain>/.well-known/user-agent-configuration.json` and trust only when
 * its SHA-256 matches the digest in the `_ua-auto-config.<domain>` TXT record. Revision -03 names
 * SMTP submission `submit` (-02 said `smtp`).
 *
 * The draft allows implicit TLS on each protocol's own port only (IMAP 993, POP3 995, submission
 * 465) and gives a host per protocol, no port. So a protocol appears with the first endpoint of the
 * offer that is implicit TLS on that port, and not at all without one: SMTP is 465 here even where
 * every other document prefers 587 with STARTTLS.
 *
 * Clients compare the digest with the exact bytes, so the body depends on the catalog alone: no
 * request, address or host changes it, and the keys are always written in the same order.
 */
import type { Protocol } from '../catalog/types.js';
import type { ClientOffer, EncryptedEndpoint } from '../domain/client-offer.js';
import { base64, sha256 } from '../lib/sha256.js';

/** The draft's name for each mail protocol, and the one port it allows, with TLS from the start. */
const PACC_PROTOCOLS: readonly { readonly key: string; readonly protocol: Protocol; readonly port: number }[] = [
  { key: 'imap', protocol: 'IMAP', port: 993 },
  { key: 'pop3', protocol: 'POP3', port: 995 },
  { key: 'submit', protocol: 'SMTP', port: 465 },
];

/** The label the draft puts before the mail domain, for the document's host and its TXT record. */
const UA_AUTO_CONFIG = 'ua-auto-config';

/** The host clients fetch the document of `domain` from. */
export const paccHost = (domain: string) => `${UA_AUTO_CONFIG}.${domain}`;

/** The owner of the TXT record that carries the document's digest for `domain`. */
export const paccDigestOwner = (domain: string) => `_${UA_AUTO_CONFIG}.${domain}`;

interface PaccInput {
  readonly offer: ClientOffer;
  /** The page a person reads about setting up mail (`info.help.documentation`), if there is one. */
  readonly documentationUrl: string | undefined;
}

/** The endpoint the document names for `protocol`, if the offer has one the draft allows. */
function implicitTls(offer: ClientOffer, protocol: Protocol, port: number): EncryptedEndpoint | undefined {
  return [...offer.incoming, ...offer.outgoing].find(
    (e) => e.protocol === protocol && e.security === 'SSL_TLS' && e.port === port,
  );
}

/** The configuration document for `input.offer`'s provider, as compact JSON. */
export function paccDocument({ offer, documentationUrl }: PaccInput): string {
  const protocols: Record<string, { host: string }> = {};
  for (const { key, protocol, port } of PACC_PROTOCOLS) {
    const endpoint = implicitTls(offer, protocol, port);
    if (endpoint !== undefined) protocols[key] = { host: endpoint.hostName };
  }
  return JSON.stringify({
    protocols,
    // Every server of the catalog signs in with the mailbox password; none offers OAuth.
    authentication: { password: true },
    info: {
      provider: { name: offer.provider.displayName, shortName: offer.provider.shortName },
      ...(documentationUrl === undefined ? {} : { help: { documentation: documentationUrl } }),
    },
  });
}

/** The TXT record data that vouches for `body`: `v=UAAC1; a=sha256; d=` and its digest in base64. */
export async function paccDigestRecord(body: string): Promise<string> {
  return `v=UAAC1; a=sha256; d=${base64(await sha256(body))}`;
}
