/**
 * "Did you mean …?": the catalog domain a mistyped one was probably meant to be. A domain one or
 * two typing mistakes (a letter left out, added or changed) away from a domain the catalog lists
 * is far likelier a slip than a mail domain of its own, and a person who types `anna@routng.net`
 * should be asked before being shown settings for a domain nobody runs.
 */
import { distance } from 'fastest-levenshtein';
import type { CatalogData } from '../catalog/types.js';

/** The most typing mistakes a domain may be away from a catalog domain to be suggested instead. */
const MAX_MISTAKES = 2;

/**
 * The catalog domain closest to `domain` (lower-case ASCII form) when it is one or two typing
 * mistakes away; undefined when `domain` is a catalog domain or none is that close. Of equally
 * close domains, the first the catalog lists.
 */
export function similarCatalogDomain(data: CatalogData, domain: string): string | undefined {
  let best: { readonly domain: string; readonly mistakes: number } | undefined;
  for (const provider of data.providers) {
    for (const known of provider.domains) {
      // Lengths further apart than the bound cannot be within it; spares the comparison.
      if (Math.abs(known.length - domain.length) > MAX_MISTAKES) continue;
      const mistakes = distance(known, domain);
      if (mistakes === 0) return undefined;
      if (mistakes <= MAX_MISTAKES && (best === undefined || mistakes < best.mistakes))
        best = { domain: known, mistakes };
    }
  }
  return best?.domain;
}
