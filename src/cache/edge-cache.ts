/**
 * The second layer that keeps serialized answers: the Cache API, shared by the isolates of a data
 * centre. Keys are hashed into URLs, as the Cache API requires.
 */
import { EDGE_TTL_SECONDS } from '../limits.js';
import { hex, sha256 } from '../lib/sha256.js';
import type { StoredResponse } from './isolate-cache.js';

/** A host that cannot exist, so cache keys can never collide with a real URL. */
const EDGE_KEY_ORIGIN = 'https://response-cache.invalid';

export class EdgeCache {
  constructor(private readonly cache: Cache) {}

  /** The SHA-256 of `key`, which names its answer: the URL it is kept under, and its ETag. */
  static digest(key: string): Promise<Uint8Array> {
    return sha256(key);
  }

  /** The URL the answer of the key with `digest` is kept under. */
  static url(digest: Uint8Array): string {
    return `${EDGE_KEY_ORIGIN}/${hex(digest)}`;
  }

  /**
   * The answer kept under `url`; a Cache API failure counts as a miss, never as an error. So does
   * an answer kept without its Content-Language (by a build from before answers kept it): it is
   * computed again, and kept with it.
   */
  async get(url: string): Promise<StoredResponse | undefined> {
    const response = await this.cache.match(url).catch(() => undefined);
    const contentLanguage = response?.headers.get('Content-Language');
    if (response === undefined || contentLanguage == null) return undefined;
    return {
      body: await response.text(),
      contentType: response.headers.get('Content-Type') ?? 'application/json',
      contentLanguage,
      etag: response.headers.get('ETag') ?? '',
      storedAt: Number(response.headers.get('X-Stored-At') ?? Date.now()),
    };
  }

  /** Keeps `stored` under `url`; a failure only loses the entry, as the isolate layer still has it. */
  async put(url: string, stored: StoredResponse): Promise<void> {
    const response = new Response(stored.body, {
      headers: {
        'Content-Type': stored.contentType,
        'Content-Language': stored.contentLanguage,
        ETag: stored.etag,
        'X-Stored-At': String(stored.storedAt),
        'Cache-Control': `public, max-age=${EDGE_TTL_SECONDS}`,
      },
    });
    await this.cache.put(url, response).catch(() => undefined);
  }
}
