/**
 * The catalog's data version: a content hash, so a deploy with new data has a new version and
 * anything keyed by it (caches, ETags) can never serve an answer built from older data.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { CatalogData } from './types.js';

/** The first 16 hex digits of the SHA-256 of the catalog's JSON form. */
export function catalogVersion(data: CatalogData): string {
  return bytesToHex(sha256(utf8ToBytes(JSON.stringify(data)))).slice(0, 16);
}
