/**
 * Choosing the reader's locale from an `Accept-Language` header (RFC 9110 section 12.5.4):
 * the supported language with the highest quality wins; regional variants (de-AT, de-CH) count as
 * their language; anything unsupported is passed over; English when nothing is left.
 */
import { LOCALES, type Locale } from '../catalog/types.js';

export const DEFAULT_LOCALE: Locale = 'en';

const isLocale = (value: string): value is Locale => (LOCALES as readonly string[]).includes(value);

/** The supported locale `header` prefers, or undefined when it names none (or is absent). */
export function preferredLocale(header: string | null): Locale | undefined {
  if (header === null) return undefined;
  const ranges = header.split(',').map((part, index) => {
    const [tag = '', ...params] = part.trim().split(';');
    // A malformed weight counts as 0, so a range nobody can read is never preferred.
    const weight = params.map((p) => /^\s*q\s*=\s*(.*?)\s*$/i.exec(p)?.[1]).find((v) => v !== undefined);
    const quality = weight === undefined ? 1 : /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/.test(weight) ? Number(weight) : 0;
    return { language: tag.trim().toLowerCase().split('-')[0] ?? '', quality, index };
  });
  const best = ranges
    .filter((range) => range.quality > 0 && isLocale(range.language))
    .sort((a, b) => b.quality - a.quality || a.index - b.index)[0];
  return best?.language as Locale | undefined;
}

/** The locale to answer in for `header`: its preference, else English. */
export function negotiateLocale(header: string | null): Locale {
  return preferredLocale(header) ?? DEFAULT_LOCALE;
}
