/**
 * Email-address parsing for lookups: the mailbox part is kept as written, the domain is reduced to
 * its lower-case ASCII form (internationalized domains become `xn--` labels) and checked as a host
 * name. Anything else is an `InvalidInputError` that says what is wrong.
 */
import { MAX_ADDRESS_LENGTH, MAX_LOCAL_PART_LENGTH } from '../limits.js';
import type { LocalizedText } from '../catalog/types.js';
import { InvalidInputError } from './errors.js';
import { isValidHostName } from '../lib/host-name.js';

export interface EmailAddress {
  /** `localPart@domain`, the domain in ASCII form. */
  readonly address: string;
  readonly localPart: string;
  /** Lower-case ASCII form of the domain. */
  readonly domain: string;
}

/** RFC 5322 dot-atom characters, plus any non-ASCII letter (RFC 6531 allows UTF-8 mailboxes). */
const LOCAL_PART = /^[\p{L}\p{N}\p{M}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{N}\p{M}!#$%&'*+/=?^_`{|}~-]+)*$/u;
/** Characters a domain may hold before IDNA conversion: no separators, spaces or URL syntax. */
const DOMAIN_INPUT = /^[^\s/?#:@\\[\]%<>"'`]+$/u;

function invalid(argument: string, input: string, why: LocalizedText): never {
  const shown = input.length > 80 ? `${input.slice(0, 80)}…` : input;
  throw new InvalidInputError(argument, {
    en: `"${shown}" is not a valid email address: ${why.en}.`,
    de: `„${shown}“ ist keine gültige E-Mail-Adresse: ${why.de}.`,
  });
}

/** The ASCII form of `domain`, or undefined when it is no valid host name. */
function asciiDomain(domain: string): string | undefined {
  if (!DOMAIN_INPUT.test(domain)) return undefined;
  let hostname: string;
  try {
    hostname = new URL(`http://${domain}/`).hostname;
  } catch {
    return undefined;
  }
  const withoutRoot = hostname.endsWith('.') ? hostname.slice(0, -1) : hostname;
  return isValidHostName(withoutRoot) ? withoutRoot : undefined;
}

/**
 * Parses `input` (surrounding white space ignored) as `mailbox@domain`.
 * @param argument the argument name reported in errors
 * @throws InvalidInputError naming what is wrong
 */
export function parseEmailAddress(input: string, argument = 'emailAddress'): EmailAddress {
  const trimmed = input.trim();
  if (trimmed.length === 0) {
    throw new InvalidInputError(argument, {
      en: 'Enter the email address you want to set up, for example anna@routing.net.',
      de: 'Geben Sie die E-Mail-Adresse ein, die Sie einrichten möchten, zum Beispiel anna@routing.net.',
    });
  }
  if (trimmed.length > MAX_ADDRESS_LENGTH) {
    invalid(argument, input, {
      en: `it is longer than the ${MAX_ADDRESS_LENGTH} characters mail servers accept; check that you typed only your address`,
      de: `sie ist länger als die ${MAX_ADDRESS_LENGTH} Zeichen, die Mailserver annehmen; prüfen Sie, ob Sie nur Ihre Adresse eingegeben haben`,
    });
  }
  const at = trimmed.lastIndexOf('@');
  if (at === -1) {
    invalid(argument, input, {
      en: 'an email address has an "@" between the name and the domain, as in anna@routing.net',
      de: 'eine E-Mail-Adresse hat ein „@“ zwischen Name und Domain, wie in anna@routing.net',
    });
  }
  const localPart = trimmed.slice(0, at);
  const domainInput = trimmed.slice(at + 1);
  if (localPart.length === 0) {
    invalid(argument, input, {
      en: 'the name before the "@" is missing, as "anna" in anna@routing.net',
      de: 'der Name vor dem „@“ fehlt, wie „anna“ in anna@routing.net',
    });
  }
  if (localPart.length > MAX_LOCAL_PART_LENGTH) {
    invalid(argument, input, {
      en: `the name before the "@" is longer than the ${MAX_LOCAL_PART_LENGTH} characters mail servers accept`,
      de: `der Name vor dem „@“ ist länger als die ${MAX_LOCAL_PART_LENGTH} Zeichen, die Mailserver annehmen`,
    });
  }
  if (!LOCAL_PART.test(localPart)) {
    invalid(argument, input, {
      en: 'the name before the "@" holds a space, a second "@", a dot at its start or end, or another character not allowed there: check it for typing mistakes',
      de: 'der Name vor dem „@“ enthält ein Leerzeichen, ein zweites „@“, einen Punkt am Anfang oder Ende oder ein anderes dort nicht erlaubtes Zeichen: Prüfen Sie ihn auf Tippfehler',
    });
  }
  if (domainInput.length === 0) {
    invalid(argument, input, {
      en: 'the domain after the "@" is missing, as "routing.net" in anna@routing.net',
      de: 'die Domain nach dem „@“ fehlt, wie „routing.net“ in anna@routing.net',
    });
  }
  const domain = asciiDomain(domainInput);
  if (domain === undefined) {
    invalid(argument, input, {
      en: `"${domainInput}" is not a domain name: check it for typing mistakes, such as a space or a missing dot`,
      de: `„${domainInput}“ ist kein Domainname: Prüfen Sie ihn auf Tippfehler wie ein Leerzeichen oder einen fehlenden Punkt`,
    });
  }
  const address = `${localPart}@${domain}`;
  // The ASCII form of an internationalized domain is longer than the domain as typed, and the
  // limit holds for the address a mail program sends, so it is checked again here.
  if (address.length > MAX_ADDRESS_LENGTH) {
    invalid(argument, input, {
      en: `with its domain in ASCII form it is longer than ${MAX_ADDRESS_LENGTH} characters`,
      de: `mit der Domain in ASCII-Form ist sie länger als ${MAX_ADDRESS_LENGTH} Zeichen`,
    });
  }
  return { address, localPart, domain };
}

/**
 * Parses `input` (surrounding white space and a trailing dot ignored) as a domain name, in its
 * lower-case ASCII form; an IP address, a single label or an email address is refused.
 * @throws InvalidInputError saying what to give instead
 */
export function parseDomainName(input: string, argument = 'domain'): string {
  const trimmed = input.trim();
  const shown = trimmed.length > 80 ? `${trimmed.slice(0, 80)}…` : trimmed;
  if (trimmed.includes('@')) {
    throw new InvalidInputError(argument, {
      en: `"${shown}" is an email address: give its domain only, the part after the "@".`,
      de: `„${shown}“ ist eine E-Mail-Adresse: Geben Sie nur die Domain an, den Teil nach dem „@“.`,
    });
  }
  const domain = trimmed.length > MAX_ADDRESS_LENGTH ? undefined : asciiDomain(trimmed);
  if (domain === undefined) {
    throw new InvalidInputError(argument, {
      en: `"${shown}" is not a domain name: give one such as example.com, without "http://", a path or an IP address.`,
      de: `„${shown}“ ist kein Domainname: Geben Sie einen wie example.com an, ohne „http://“, Pfad oder IP-Adresse.`,
    });
  }
  return domain;
}
