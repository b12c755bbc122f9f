/**
 * The Yoga plugin that records on the server context whether the result written had errors, so
 * the answer cache decides whether to keep an answer without parsing the JSON it just received.
 * It must come after every plugin that replaces results in `onResultProcess` (the byte cap turns
 * an answer into an error), so that it sees the result as sent.
 */
import type { Plugin } from 'graphql-yoga';
import type { ServerContext } from './server-context.js';

/** A result of one operation, as `onResultProcess` sees it: without `errors` it may be kept. */
const isErrorFree = (result: unknown): boolean =>
  typeof result === 'object' &&
  result !== null &&
  !Array.isArray(result) &&
  (result as { readonly errors?: unknown }).errors === undefined;

export function useResultOutcome(): Plugin<object, ServerContext> {
  return {
    onResultProcess({ result, serverContext }) {
      serverContext.outcome.errorFree = isErrorFree(result);
    },
  };
}
