/**
 * The bounds of the server checks, each with its reason. (Move to src/limits.ts once it exists.)
 */

/** A healthy server answers each step in well under a second; 3 s tells slow from silent. */
export const STEP_TIMEOUT_MS = 3_000;

/** A Worker may have six connections open at once; more wait anyway. */
export const MAX_OPEN_SOCKETS = 6;

/** Capability lists are a few hundred bytes; more is garbage, not a reply. */
export const MAX_REPLY_BYTES = 16_384;

/** History answers "the last 30 days"; older rows are deleted on each run. */
export const RETENTION_MS = 30 * 24 * 60 * 60 * 1000;
