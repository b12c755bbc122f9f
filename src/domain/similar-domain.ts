/**
 * "Did you mean …?": the catalog domain a mistyped one was probably meant to be. A domain one or
 * two typing mistakes (a letter left out, added or changed) away from a domain the catalog lists
 * is far likelier a slip than a mail domain of its own, and a person who types `anna@routng.net`
 * should be asked before being shown settings for a domain nobody runs.
 */
import type { CatalogData } from '../catalog/types.js';

/** The most typing mistakes a domain may be away from a catalog domain to be suggested instead. */
const MAX_MISTAKES = 2;

/**
 * How many letters must be left out, added or changed to turn `a` into `b` (their Levenshtein
 * distance), or `MAX_MISTAKES + 1` as soon as it is sure to be more. A dozen lines where a
 * library (fastest-levenshtein, 0.6 KiB gzipped) would push the script past its budget; the rows
 * of the table are a domain long.
 */
function mistakesBetween(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const changed = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      row.push(Math.min(changed, (previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1));
    }
    if (Math.min(...row) > MAX_MISTAKES) return MAX_MISTAKES + 1;
    previous = row;
  }
  return previous[b.length] ?? 0;
}

/**
 * The catalog domain closest to `domain` (lower-case ASCII form) when it is one or two typing
 * mistakes away; undefined when `domain` is a catalog domain or none is that close. Of equally
 * close domains, the first the catalog lists.
 */
export function similarCatalogDomain(data: CatalogData, domain: string): string | undefined {
  let best: { readonly domain: string; readonly mistakes: number } | undefined;
  for (const provider of data.providers) {
    for (const known of provider.domains) {
      const mistakes = mistakesBetween(known, domain);
      if (mistakes === 0) return undefined;
      if (mistakes <= MAX_MISTAKES && (best === undefined || mistakes < best.mistakes))
        best = { domain: known, mistakes };
    }
  }
  return best?.domain;
}
