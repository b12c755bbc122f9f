/**
 * Yoga keeps parsed documents, and parse errors, by their text so that a repeated operation skips
 * parsing. Its own caches bound only the count (1,000 each), so large distinct documents could
 * keep hundreds of megabytes alive in an isolate allowed 128 MB: the soak measured 613 MiB of heap
 * still in use after 5,000 hostile requests and a forced collection. These caches bound the total
 * length of the texts they hold instead; a parsed document costs a few bytes of heap per
 * character of its text.
 *
 * And they keep a document only the second time its text comes, as the answer cache writes to the
 * Cache API only what is asked for again: a document sent once (a new one per request is what an
 * attacker or a GraphiQL session sends, and a repeated one is mostly answered before Yoga parses
 * it) leaves no parsed tree behind for every garbage collection to walk, only its text.
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

/** What Yoga asks of a parser cache. */
interface ParserCache<T> {
  get(text: string): T | undefined;
  set(text: string, value: T): void;
}

/** A text-bounded cache that keeps a value only for a text it was offered before. */
function secondSightingCache<T extends object>(maxCharacters: number): ParserCache<T> {
  const kept = textBoundedCache<T>(maxCharacters);
  const seenOnce = textBoundedCache<object>(maxCharacters);
  return {
    get: (text) => kept.get(text),
    set(text, value) {
      if (seenOnce.delete(text)) kept.set(text, value);
      else seenOnce.set(text, seenOnce);
    },
  };
}

/** Yoga's `parserAndValidationCache` option with caches bounded by `maxCharacters` each. */
export function boundedParserCache(maxCharacters = PARSER_CACHE_MAX_CHARACTERS) {
  return {
    documentCache: secondSightingCache<DocumentNode>(maxCharacters),
    errorCache: secondSightingCache<object>(maxCharacters),
  };
}
