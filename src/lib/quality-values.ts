/**
 * Header lists with quality values, as Accept and Accept-Language carry them (RFC 9110 section
 * 12.4.2): each member of the comma-separated list with its parameters and its weight, in the
 * order listed. Choosing among them is the caller's: media types and languages match differently.
 */

/** One member of a weighted list. */
export interface WeightedMember {
  /** The member itself (a media range, a language range), trimmed and in lower case. */
  readonly value: string;
  /** Its parameters other than the weight, by lower-case name, values in lower case and unquoted. */
  readonly params: ReadonlyMap<string, string>;
  /** Its weight from 0 to 1; 1 when it has none. */
  readonly quality: number;
  /** Its position in the list, for ties. */
  readonly index: number;
}

const QVALUE = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/;

/** A weight as RFC 9110 writes it; a malformed one counts as 0, so nobody's garbage is preferred. */
const quality = (weight: string | undefined): number =>
  weight === undefined ? 1 : QVALUE.test(weight) ? Number(weight) : 0;

// Shared by every member without parameters (most of them), which then costs no map of its own.
const NO_PARAMS: ReadonlyMap<string, string> = new Map();

/** The members of the header value `header`, in the order listed. */
export function weightedMembers(header: string): WeightedMember[] {
  return header.split(',').map((part, index) => {
    const [value = '', ...rawParams] = part.split(';');
    let params: Map<string, string> | undefined;
    let weight: string | undefined;
    for (const raw of rawParams) {
      const equals = raw.indexOf('=');
      const name = raw
        .slice(0, equals < 0 ? raw.length : equals)
        .trim()
        .toLowerCase();
      const paramValue = equals < 0 ? '' : raw.slice(equals + 1).trim();
      if (name === 'q') weight ??= paramValue;
      else (params ??= new Map()).set(name, paramValue.replace(/^"(.*)"$/, '$1').toLowerCase());
    }
    return { value: value.trim().toLowerCase(), params: params ?? NO_PARAMS, quality: quality(weight), index };
  });
}
