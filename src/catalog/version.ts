/**
 * The catalog's data version: a content hash, so a deploy with new data has a new version and
 * anything keyed by it (caches, ETags) can never serve an answer built from older data.
 */
import { hex, sha256 } from '../lib/sha256.js';
import type { CatalogData } from './types.js';

/** The first 16 hex digits of the SHA-256 of the catalog's JSON form. */
export async function catalogVersion(data: CatalogData): Promise<string> {
  return hex((await sha256(JSON.stringify(data))).subarray(0, 8));
}
