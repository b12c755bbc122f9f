/**
 * "Did you mean …?": a domain one or two typing mistakes from a catalog domain is matched to it;
 * a catalog domain itself, and any domain further away, is not.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog/catalog.js';
import type { CatalogData } from '../../src/catalog/types.js';
import { similarCatalogDomain } from '../../src/domain/similar-domain.js';
import { providerArbitrary } from '../helpers/catalog-arbitraries.js';
import { PROPERTY_RUNS } from '../helpers/properties.js';

/** The catalog with a second provider serving `domains`. */
const withDomains = (domains: readonly string[], provider: CatalogData['providers'][number]): CatalogData => ({
  ...catalog,
  providers: [...catalog.providers, { ...provider, id: 'other', isDefault: false, domains }],
});

describe('similarCatalogDomain', () => {
  it.each([
    ['routng.net', 'routing.net'],
    ['routinng.net', 'routing.net'],
    ['rotuing.net', 'routing.net'],
    ['routing.ne', 'routing.net'],
    ['routing.de', 'routing.net'],
  ])('takes %s for a slip of %s', (typed, meant) => {
    expect(similarCatalogDomain(catalog, typed)).toBe(meant);
  });

  it.each(['routing.net', 'gmail.com', 'example.com', 'rooting.org', 'mail.routing.net'])(
    'suggests nothing for %s',
    (domain) => {
      expect(similarCatalogDomain(catalog, domain)).toBeUndefined();
    },
  );

  it('prefers the closer of two catalog domains, and the first listed of two as close', () => {
    fc.assert(
      fc.property(providerArbitrary, (provider) => {
        const data = withDomains(['routing.org', 'routnig.net'], provider);
        expect(similarCatalogDomain(data, 'routing.ne')).toBe('routing.net');
        expect(similarCatalogDomain(data, 'routnig.ne')).toBe('routnig.net');
        expect(similarCatalogDomain(data, 'routing.og')).toBe('routing.org');
      }),
      { ...PROPERTY_RUNS, numRuns: 20 },
    );
  });

  it('finds every domain one or two letters away, and none three away', () => {
    const letter = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz');
    fc.assert(
      fc.property(fc.nat(), letter, fc.nat(), letter, (first, a, second, b) => {
        const known = 'routing.net';
        const at = (n: number, text: string) => n % (text.length + 1);
        // Each letter put in is one mistake more: the length alone tells the distance.
        const once = `${known.slice(0, at(first, known))}${a}${known.slice(at(first, known))}`;
        const twice = `${once.slice(0, at(second, once))}${b}${once.slice(at(second, once))}`;
        expect(similarCatalogDomain(catalog, once)).toBe(known);
        expect(similarCatalogDomain(catalog, twice)).toBe(known);
        expect(similarCatalogDomain(catalog, `${twice}xyz`)).toBeUndefined();
      }),
      PROPERTY_RUNS,
    );
  });
});
