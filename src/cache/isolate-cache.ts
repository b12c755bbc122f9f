/**
 * The first of the two layers that keep serialized answers: a bounded map in the isolate (the
 * Cache API behind it is `edge-cache.ts`). Both hold only successful answers, keyed by the
 * canonical request key, which includes the catalog version: a deploy with new data never reads
 * an old entry, so nothing needs purging.
 */
import { ISOLATE_CACHE_LIMITS } from '../limits.js';
import { LRUCache } from 'lru-cache';

/** An answer as the layers keep it. */
export interface StoredResponse {
  readonly body: string;
  readonly contentType: string;
  /** The language(s) of the body, as Yoga labelled it when it was computed. */
  readonly contentLanguage: string;
  readonly etag: string;
  /** Milliseconds since the epoch when the answer was computed, for `Age`. */
  readonly storedAt: number;
}

interface IsolateCacheLimits {
  /** Entries kept at most. */
  readonly maxEntries: number;
  /** Total characters of keys and bodies kept at most; the least recently used go first. */
  readonly maxSize: number;
}

/**
 * The isolate layer: a size-bounded LRU map of answers by canonical key, evicting the least
 * recently used. Beside it, a bounded map from a request's exact text to its answer lets a
 * byte-identical repeat skip even the canonicalization, in one lookup. Both maps hold the same
 * answer objects, so an answer in both is held once; each map still counts its body, so either
 * alone stays within its size.
 */
export class IsolateCache {
  readonly #entries: LRUCache<string, StoredResponse>;
  readonly #aliases: LRUCache<string, StoredResponse>;

  constructor(limits: IsolateCacheLimits = ISOLATE_CACHE_LIMITS) {
    this.#entries = new LRUCache({
      max: limits.maxEntries,
      maxSize: limits.maxSize,
      sizeCalculation: (value, key) => Math.max(1, value.body.length + key.length),
    });
    this.#aliases = new LRUCache({
      max: limits.maxEntries,
      maxSize: limits.maxSize,
      sizeCalculation: (value, key) => Math.max(1, value.body.length + key.length),
    });
  }

  get(key: string): StoredResponse | undefined {
    return this.#entries.get(key);
  }

  set(key: string, value: StoredResponse): void {
    this.#entries.set(key, value);
  }

  /** The answer for a request text seen before, if it is still held. */
  getByAlias(alias: string): StoredResponse | undefined {
    return this.#aliases.get(alias);
  }

  /** Remembers that the request text `alias` is answered by `value`. */
  setAlias(alias: string, value: StoredResponse): void {
    this.#aliases.set(alias, value);
  }

  get size(): number {
    return this.#entries.size;
  }
}
