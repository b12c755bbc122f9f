/**
 * The Yoga plugin that records on the server context whether the result written had errors, so
 * the answer cache decides whether to keep an answer without parsing the JSON it just received.
 * It must come after every plugin that replaces results in `onResultProcess` (the byte cap turns
 * an answer into an error), so that it sees the result as sent.
 */
import type { Plugin } from 'graphql-yoga';
import type { ServerContext } from './server-context.js';
import { singleResult } from './single-result.js';

export function useResultOutcome(): Plugin<object, ServerContext> {
  return {
    // Without `errors` an answer may be kept.
    onResultProcess({ result, serverContext }) {
      const single = singleResult(result);
      serverContext.outcome.errorFree = single !== undefined && single.errors === undefined;
    },
  };
}
