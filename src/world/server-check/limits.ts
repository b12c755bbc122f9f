/**
 * The bounds of the server checks, each with its reason. (Move to src/limits.ts once it exists.)
 */

/** A healthy server answers each step in well under a second; 3 s tells slow from silent. */
export const STEP_TIMEOUT_MS = 3_000;

/** A Worker may have six connections open at once; more wait anyway. */
export const MAX_OPEN_SOCKETS = 6;

/** Capability lists are a few hundred bytes; more is garbage, not a reply. */
export const MAX_REPLY_BYTES = 16_384;

/** Servers list two to six mechanisms; a longer list is cut, so every answer's size is known. */
export const MAX_MECHANISMS = 16;

/** connect, greeting, capabilities, starttls and the capabilities after it. */
export const MAX_CHECK_STEPS = 5;

/** History answers "the last 30 days"; older rows are deleted on each run. */
export const RETENTION_MS = 30 * 24 * 60 * 60 * 1000;
