/**
 * Whether the Worker runs only trusted documents: `TRUSTED_DOCUMENTS = "only"` (a Worker
 * variable) refuses every document not in the manifest; anything else, or nothing, leaves the API
 * open to any operation, as GraphiQL needs.
 */
import type { Env } from '../env.js';

/** True when `env` allows only the operations of the manifest. */
export function onlyTrustedDocuments(env: Env): boolean {
  return env.TRUSTED_DOCUMENTS === 'only';
}
