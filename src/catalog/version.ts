/**
 * The catalog's data version: a content hash, so a deploy with new data has a new version and
 * anything keyed by it (caches, ETags) can never serve an answer built from older data.
 */
import type { CatalogData } from './types.js';

/** The first 16 hex digits of the SHA-256 of the catalog's JSON form. */
export async function catalogVersion(data: CatalogData): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(data)));
  return [...new Uint8Array(digest).subarray(0, 8)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
