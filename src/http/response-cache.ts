/**
 * The two layers that keep serialized answers: a bounded map in the isolate, then the Cache API
 * shared by the isolates of a data centre. Both hold only successful answers, keyed by the
 * canonical request key, which includes the catalog version: a deploy with new data never reads
 * an old entry, so nothing needs purging.
 */
import { LRUCache } from 'lru-cache';

/** An answer as the layers keep it. */
export interface StoredResponse {
  readonly body: string;
  readonly contentType: string;
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

/** How long the Cache API keeps an answer; the key's catalog version makes staleness impossible. */
const EDGE_TTL_SECONDS = 86_400;
/** A host that cannot exist, so cache keys can never collide with a real URL. */
const EDGE_KEY_ORIGIN = 'https://response-cache.invalid';

/** The Cache API layer. Keys are hashed into URLs, as the Cache API requires. */
export class EdgeCache {
  constructor(private readonly cache: Cache) {}

  static async url(key: string): Promise<string> {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(key));
    const hex = [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
    return `${EDGE_KEY_ORIGIN}/${hex}`;
  }

  /** The answer kept under `url`; a Cache API failure counts as a miss, never as an error. */
  async get(url: string): Promise<StoredResponse | undefined> {
    const response = await this.cache.match(url).catch(() => undefined);
    if (response === undefined) return undefined;
    return {
      body: await response.text(),
      contentType: response.headers.get('Content-Type') ?? 'application/json',
      etag: response.headers.get('ETag') ?? '',
      storedAt: Number(response.headers.get('X-Stored-At') ?? Date.now()),
    };
  }

  /** Keeps `stored` under `url`; a failure only loses the entry, as the isolate layer still has it. */
  async put(url: string, stored: StoredResponse): Promise<void> {
    const response = new Response(stored.body, {
      headers: {
        'Content-Type': stored.contentType,
        ETag: stored.etag,
        'X-Stored-At': String(stored.storedAt),
        'Cache-Control': `public, max-age=${EDGE_TTL_SECONDS}`,
      },
    });
    await this.cache.put(url, response).catch(() => undefined);
  }
}
