/**
 * Yoga keeps parsed documents, and parse errors, by their text so that a repeated operation skips
 * parsing. Its own caches bound only the count (1,000 each), so large distinct documents could
 * keep hundreds of megabytes alive in an isolate allowed 128 MB: the soak measured 613 MiB of heap
 * still in use after 5,000 hostile requests and a forced collection. These caches bound the total
 * length of the texts they hold instead; a parsed document costs a few bytes of heap per
 * character of its text.
 */
import { PARSER_CACHE_MAX_CHARACTERS } from '../../limits.js';
import type { DocumentNode } from 'graphql';
import { LRUCache } from 'lru-cache';

/** A least-recently-used map by document text, bounded by the total length of the texts. */
function textBoundedCache<T extends object>(maxCharacters: number): LRUCache<string, T> {
  return new LRUCache<string, T>({
    maxSize: maxCharacters,
    sizeCalculation: (_value, text) => Math.max(1, text.length),
  });
}

/** Yoga's `parserAndValidationCache` option with caches bounded by `maxCharacters` each. */
export function boundedParserCache(maxCharacters = PARSER_CACHE_MAX_CHARACTERS) {
  return {
    documentCache: textBoundedCache<DocumentNode>(maxCharacters),
    errorCache: textBoundedCache<object>(maxCharacters),
  };
}
