/**
 * A Yoga plugin that puts a caller's input errors into the reader's language: the locale of the
 * root field the error occurred under, else the one Accept-Language chose.
 */
import type { ExecutionResult, GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { InvalidInputError } from '../../domain/errors.js';
import type { Context } from '../../graphql/context.js';
import { localeUnder } from '../../graphql/locale/scope.js';
import { singleResult } from '../single-result.js';
import { withExtensions } from './errors.js';

/** `error` in the reader's language when it reports bad input; otherwise unchanged. */
function localizeError(error: GraphQLError, ctx: Context): GraphQLError {
  const input = error.originalError;
  if (!(input instanceof InvalidInputError)) return error;
  return withExtensions(error, input.extensions, input.messageIn(localeUnder(ctx, error.path?.[0])));
}

export function useLocalizedErrors(): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ args, result: outcome, setResult }) {
          const result = singleResult<ExecutionResult | AsyncIterable<unknown>>(outcome);
          const errors = result?.errors;
          if (errors === undefined) return;
          const ctx = args.contextValue as unknown as Context;
          setResult({ ...result, errors: errors.map((error) => localizeError(error, ctx)) });
        },
      };
    },
  };
}
