/**
 * Choosing a locale from Accept-Language.
 */
import { describe, expect, it } from 'vitest';
import { negotiateLocale, preferredLocale } from '../../src/domain/locale.js';

describe('negotiateLocale', () => {
  it.each([
    [null, 'en'],
    ['', 'en'],
    ['de', 'de'],
    ['de-AT', 'de'],
    ['de-CH', 'de'],
    ['DE-de', 'de'],
    ['de-CH, en;q=0.8', 'de'],
    ['en-US, de;q=0.9', 'en'],
    ['en;q=0.5, de;q=0.8', 'de'],
    ['fr-FR, fr;q=0.9, de;q=0.4', 'de'],
    ['fr, it', 'en'],
    ['de;q=0, en;q=0.1', 'en'],
    ['de;q=0', 'en'],
    ['*', 'en'],
    ['de;q=abc, en;q=0.2', 'en'],
  ] as const)('%j gives %s', (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });

  it('says when the header names no supported language', () => {
    expect(preferredLocale('fr, it')).toBeUndefined();
    expect(preferredLocale(null)).toBeUndefined();
    expect(preferredLocale('fr, de-AT;q=0.1')).toBe('de');
  });
});
