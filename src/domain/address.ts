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
  if (trimmed.length === 0) invalid(argument, input, { en: 'it is empty', de: 'sie ist leer' });
  if (trimmed.length > MAX_ADDRESS_LENGTH) {
    invalid(argument, input, {
      en: `it is longer than ${MAX_ADDRESS_LENGTH} characters`,
      de: `sie ist länger als ${MAX_ADDRESS_LENGTH} Zeichen`,
    });
  }
  const at = trimmed.lastIndexOf('@');
  if (at === -1) invalid(argument, input, { en: 'it has no "@"', de: 'ihr fehlt das „@“' });
  const localPart = trimmed.slice(0, at);
  const domainInput = trimmed.slice(at + 1);
  if (localPart.length === 0)
    invalid(argument, input, { en: 'nothing stands before the "@"', de: 'vor dem „@“ steht nichts' });
  if (localPart.length > MAX_LOCAL_PART_LENGTH) {
    invalid(argument, input, {
      en: `the part before the "@" is longer than ${MAX_LOCAL_PART_LENGTH} characters`,
      de: `der Teil vor dem „@“ ist länger als ${MAX_LOCAL_PART_LENGTH} Zeichen`,
    });
  }
  if (!LOCAL_PART.test(localPart)) {
    invalid(argument, input, {
      en: 'the part before the "@" holds a character or dot that is not allowed there',
      de: 'der Teil vor dem „@“ enthält ein Zeichen oder einen Punkt, der dort nicht erlaubt ist',
    });
  }
  if (domainInput.length === 0)
    invalid(argument, input, { en: 'no domain follows the "@"', de: 'nach dem „@“ folgt keine Domain' });
  const domain = asciiDomain(domainInput);
  if (domain === undefined) {
    invalid(argument, input, {
      en: `"${domainInput}" is not a valid domain name`,
      de: `„${domainInput}“ ist kein gültiger Domainname`,
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
