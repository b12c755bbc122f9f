/**
 * Why a lookup failed, in words for people (English and German): what the answers say instead
 * of a verdict, so a failure is never taken for "no such record".
 */
import type { LocalizedText } from '../catalog/types.js';
import { DNS_TIMEOUT_MS } from '../limits.js';
import type { LookupFailure } from './dns/message.js';

const seconds = DNS_TIMEOUT_MS / 1000;

export const LOOKUP_FAILURE_TEXTS: Readonly<Record<LookupFailure, LocalizedText>> = {
  TIMEOUT: {
    en: `the DNS resolver did not answer within ${seconds} seconds`,
    de: `der DNS-Resolver hat nicht innerhalb von ${seconds} Sekunden geantwortet`,
  },
  UNREACHABLE: { en: 'the DNS resolver could not be reached', de: 'der DNS-Resolver war nicht erreichbar' },
  HTTP_ERROR: {
    en: 'the DNS resolver answered with an HTTP error',
    de: 'der DNS-Resolver hat mit einem HTTP-Fehler geantwortet',
  },
  MALFORMED: {
    en: 'the DNS resolver sent something that is not a DNS answer to the question',
    de: 'der DNS-Resolver hat etwas geschickt, das keine DNS-Antwort auf die Frage ist',
  },
  SERVER_FAILURE: {
    en: "the DNS resolver reported a failure (SERVFAIL or REFUSED), often a problem with the domain's name servers",
    de: 'der DNS-Resolver hat einen Fehler gemeldet (SERVFAIL oder REFUSED), oft ein Problem der Nameserver der Domain',
  },
  TOO_MANY_LOOKUPS: {
    en: 'this request used up its DNS lookups; ask for one domain per request',
    de: 'diese Anfrage hat ihre DNS-Abfragen aufgebraucht; fragen Sie pro Anfrage nach einer Domain',
  },
};
