/**
 * Choosing the reader's locale from an `Accept-Language` header (RFC 9110 section 12.5.4):
 * the supported language with the highest quality wins; regional variants (de-AT, de-CH) count as
 * their language; anything unsupported is passed over; English when nothing is left.
 */
import { LOCALES, type Locale } from '../catalog/types.js';
import { weightedMembers } from '../lib/quality-values.js';

export const DEFAULT_LOCALE: Locale = 'en';

const isLocale = (value: string): value is Locale => (LOCALES as readonly string[]).includes(value);

/** The supported locale `header` prefers, or undefined when it names none (or is absent). */
export function preferredLocale(header: string | null): Locale | undefined {
  if (header === null) return undefined;
  const best = weightedMembers(header)
    .map(({ value, quality, index }) => ({ language: value.split('-')[0] ?? '', quality, index }))
    .filter((range) => range.quality > 0 && isLocale(range.language))
    .sort((a, b) => b.quality - a.quality || a.index - b.index)[0];
  return best?.language as Locale | undefined;
}

/** The locale to answer in for `header`: its preference, else English. */
export function negotiateLocale(header: string | null): Locale {
  return preferredLocale(header) ?? DEFAULT_LOCALE;
}
