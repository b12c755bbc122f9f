/**
 * The Yoga plugin that records on the server context whether the result written had errors, so
 * the answer cache decides whether to keep an answer without parsing the JSON it just received,
 * which variables the operation declares, so the cache keys its answer by those alone, and the
 * answer's text when the byte cap has written it, so the cache need not read Yoga's Response back.
 * It must come after every plugin that replaces results in `onResultProcess` (the byte cap turns
 * an answer into an error), so that it sees the result as sent.
 */
import { getOperationAST, type ExecutionArgs } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { ServerContext } from './server-context.js';
import { singleResult } from './single-result.js';

export function useResultOutcome(): Plugin<object, ServerContext> {
  return {
    onExecute({ args }) {
      const { outcome } = args.contextValue as Partial<ServerContext>;
      // Envelop's types leave graphql-js's out; Yoga passes graphql-js's own.
      const { document, operationName } = args as ExecutionArgs;
      const operation = getOperationAST(document, operationName);
      if (outcome === undefined || operation == null) return;
      outcome.variableNames = (operation.variableDefinitions ?? []).map((definition) => definition.variable.name.value);
    },
    // Without `errors` an answer may be kept.
    onResultProcess({ result, serverContext }) {
      const single = singleResult(result);
      serverContext.outcome.errorFree = single !== undefined && single.errors === undefined;
      // Yoga writes the body with the result's own `stringify` when it has one (the byte cap's,
      // which returns the text it measured), so this is the answer's text.
      serverContext.outcome.body = single?.stringify?.(single);
    },
  };
}
