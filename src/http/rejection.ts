/**
 * The one shape of a refusal made before GraphQL runs (wrong method, too large, too many
 * requests, unreadable body, internal fault): a GraphQL-style error body with a code, so a client
 * reads it like any other error, in the GraphQL media type the client prefers, and no cache may
 * keep it.
 */
import { CACHE_CONTROL_NO_STORE } from './cache-policy.js';
import { refusalMediaType } from './media-type.js';

/** What a caller is told about a fault of ours, wherever it happened. */
export const MASKED_ERROR_MESSAGE = 'Unexpected error.';

/** What a refusal may add to its status, code and message. */
interface RejectionOptions {
  /** The request's Accept header, which picks the media type of the body. */
  readonly accept?: string | null;
  readonly headers?: Record<string, string>;
  readonly extensions?: Record<string, unknown>;
}

/** A `status` answer whose single error says `message` under `code` (plus `extensions`). */
export function rejection(status: number, code: string, message: string, options: RejectionOptions = {}): Response {
  const body = JSON.stringify({ errors: [{ message, extensions: { code, ...options.extensions } }] });
  return new Response(body, {
    status,
    headers: {
      'Content-Type': `${refusalMediaType(options.accept ?? null)}; charset=utf-8`,
      'Cache-Control': CACHE_CONTROL_NO_STORE,
      ...options.headers,
    },
  });
}
