/**
 * The first of the two layers that keep serialized answers: a bounded map in the isolate (the
 * Cache API behind it is `edge-cache.ts`). Both hold only successful answers, keyed by the
 * canonical request key, which includes the catalog version: a deploy with new data never reads
 * an old entry, so nothing needs purging.
 */
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

export interface IsolateCacheLimits {
  /** Entries kept at most. */
  readonly maxEntries: number;
  /** Total characters of keys and bodies kept at most; the least recently used go first. */
  readonly maxSize: number;
}

// Each of the two maps may hold this much; at two bytes a character (German text) both together stay
// within a quarter of the 128 MB an isolate gets.
export const ISOLATE_CACHE_LIMITS: IsolateCacheLimits = { maxEntries: 2000, maxSize: 8 * 1024 * 1024 };

/**
 * The isolate layer: a size-bounded LRU map of answers by canonical key, evicting the least
 * recently used. Beside it, a bounded map from a request's exact text to its canonical key lets a
 * byte-identical repeat skip even the canonicalization.
 */
export class IsolateCache {
  readonly #entries: LRUCache<string, StoredResponse>;
  readonly #aliases: LRUCache<string, string>;

  constructor(limits: IsolateCacheLimits = ISOLATE_CACHE_LIMITS) {
    this.#entries = new LRUCache({
      max: limits.maxEntries,
      maxSize: limits.maxSize,
      sizeCalculation: (value, key) => Math.max(1, value.body.length + key.length),
    });
    this.#aliases = new LRUCache({
      max: limits.maxEntries,
      maxSize: limits.maxSize,
      sizeCalculation: (value, key) => Math.max(1, value.length + key.length),
    });
  }

  get(key: string): StoredResponse | undefined {
    return this.#entries.get(key);
  }

  set(key: string, value: StoredResponse): void {
    this.#entries.set(key, value);
  }

  /** The answer for a request text seen before, if its canonical key is still held. */
  getByAlias(alias: string): StoredResponse | undefined {
    const key = this.#aliases.get(alias);
    return key === undefined ? undefined : this.#entries.get(key);
  }

  /** Remembers that the request text `alias` has the canonical key `key`. */
  setAlias(alias: string, key: string): void {
    this.#aliases.set(alias, key);
  }

  get size(): number {
    return this.#entries.size;
  }
}
