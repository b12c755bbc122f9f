/**
 * What to do about each checked discovery record, in words (English and German): who reads the
 * record, and what to publish when it is missing or wrong.
 */
import type { Locale, LocalizedText } from '../catalog/types.js';
import { fillPlaceholders } from '../lib/template.js';
import type { DiscoveryRecordCheck, DiscoveryRecordType, DiscoveryStatus } from './discovery-records.js';
import { LOOKUP_FAILURE_TEXTS } from './lookup-failures.js';

const SRV_READERS: LocalizedText = {
  en: 'mail programs that look up SRV records (RFC 6186, RFC 8314)',
  de: 'Mailprogramme, die SRV-Einträge abfragen (RFC 6186, RFC 8314)',
};
const PACC_READERS: LocalizedText = {
  en: 'programs that read PACC (the IETF draft)',
  de: 'Programme, die PACC lesen (der IETF-Entwurf)',
};
const OUTLOOK: LocalizedText = { en: 'Outlook', de: 'Outlook' };

/** Who reads the record at `name`, from its first label. */
function readers(name: string): LocalizedText {
  const first = name.split('.')[0] ?? '';
  if (first === 'autoconfig') {
    return {
      en: 'Thunderbird and other programs that read autoconfig',
      de: 'Thunderbird und andere Programme, die Autoconfig lesen',
    };
  }
  if (first === 'autodiscover' || first === '_autodiscover') return OUTLOOK;
  if (first === 'ua-auto-config' || first === '_ua-auto-config') return PACC_READERS;
  return SRV_READERS;
}

type Advice = Readonly<Record<DiscoveryRecordType, LocalizedText>>;

const OK: LocalizedText = {
  en: 'Published as planned: {readers} can find what they need here.',
  de: 'Wie geplant veröffentlicht: Für {readers} stimmt hier alles.',
};

const LOOKUP_FAILED: LocalizedText = {
  en: '{name} could not be checked: {failure}. Nothing is said about it; try again later.',
  de: '{name} konnte nicht geprüft werden: {failure}. Darüber wird nichts gesagt; versuchen Sie es später noch einmal.',
};

const MISSING: Advice = {
  CNAME: {
    en: 'Nothing is published at {name}: publish a CNAME record to {expected} (or the addresses {expected} has), so that {readers} can find the settings.',
    de: 'Unter {name} ist nichts veröffentlicht: Veröffentlichen Sie einen CNAME-Eintrag auf {expected} (oder die Adressen von {expected}), damit die Einstellungen für {readers} auffindbar sind.',
  },
  SRV: {
    en: 'Nothing is published at {name}: publish the SRV record {expected} there, so that {readers} can find the server.',
    de: 'Unter {name} ist nichts veröffentlicht: Veröffentlichen Sie dort den SRV-Eintrag {expected}, damit der Server für {readers} auffindbar ist.',
  },
  TXT: {
    en: 'Nothing is published at {name}: publish the TXT record "{expected}" there, so that {readers} can trust the settings document.',
    de: 'Unter {name} ist nichts veröffentlicht: Veröffentlichen Sie dort den TXT-Eintrag „{expected}“, damit das Einstellungsdokument für {readers} vertrauenswürdig ist.',
  },
};

const WRONG: Advice = {
  CNAME: {
    en: '{name} leads somewhere else: replace it with a CNAME record to {expected}, so that {readers} can find the settings.',
    de: '{name} führt woandershin: Ersetzen Sie den Eintrag durch einen CNAME auf {expected}, damit die Einstellungen für {readers} auffindbar sind.',
  },
  SRV: {
    en: '{name} names another server or port: publish the SRV record {expected} instead, so that {readers} can find the server.',
    de: '{name} nennt einen anderen Server oder Port: Veröffentlichen Sie stattdessen den SRV-Eintrag {expected}, damit der Server für {readers} auffindbar ist.',
  },
  TXT: {
    en: 'No TXT record at {name} carries the digest of the document served now: publish "{expected}" (the old record may stay beside it while programs change over), or {readers} will refuse the settings document.',
    de: 'Kein TXT-Eintrag unter {name} enthält den Hashwert des jetzt ausgelieferten Dokuments: Veröffentlichen Sie „{expected}“ (der alte Eintrag darf während des Wechsels daneben bleiben), sonst wird das Einstellungsdokument von {readers} abgelehnt.',
  },
};

const ADVICE: Readonly<Record<Exclude<DiscoveryStatus, 'OK' | 'LOOKUP_FAILED'>, Advice>> = { MISSING, WRONG };

/** What to do about `check`, in `locale`. */
export function recordAdvice(check: DiscoveryRecordCheck, locale: Locale): string {
  const text =
    check.status === 'OK' ? OK : check.status === 'LOOKUP_FAILED' ? LOOKUP_FAILED : ADVICE[check.status][check.type];
  return fillPlaceholders(text[locale], {
    name: check.name,
    expected: check.expected,
    readers: readers(check.name)[locale],
    failure: check.failure === undefined ? '' : LOOKUP_FAILURE_TEXTS[check.failure][locale],
  });
}
