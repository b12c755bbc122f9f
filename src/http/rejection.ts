/**
 * The one shape of a refusal made before GraphQL runs (wrong method, too large, too many
 * requests, unreadable body, internal fault): a GraphQL-style error body with a code, so a client
 * reads it like any other error, and no cache may keep it.
 */
import { CACHE_CONTROL_NO_STORE } from './cache-policy.js';

/** What a caller is told about a fault of ours, wherever it happened. */
export const MASKED_ERROR_MESSAGE = 'Unexpected error.';

/** A `status` answer whose single error says `message` under `code` (plus `extensions`). */
export function rejection(
  status: number,
  code: string,
  message: string,
  options: { readonly headers?: Record<string, string>; readonly extensions?: Record<string, unknown> } = {},
): Response {
  const body = JSON.stringify({ errors: [{ message, extensions: { code, ...options.extensions } }] });
  return new Response(body, {
    status,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': CACHE_CONTROL_NO_STORE,
      ...options.headers,
    },
  });
}
