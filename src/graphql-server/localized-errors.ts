/**
 * A Yoga plugin that puts a caller's input errors into the reader's language: the locale of the
 * root field the error occurred under, else the one Accept-Language chose.
 */
import { GraphQLError, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { InvalidInputError } from '../domain/errors.js';
import type { Context } from '../graphql/context.js';
import { localeUnder } from '../graphql/locale-scope.js';

/** `error` in the reader's language when it reports bad input; otherwise unchanged. */
export function localizeError(error: GraphQLError, ctx: Context): GraphQLError {
  const input = error.originalError;
  if (!(input instanceof InvalidInputError)) return error;
  return new GraphQLError(input.messageIn(localeUnder(ctx, error.path?.[0])), {
    nodes: error.nodes ?? null,
    path: error.path ?? null,
    extensions: input.extensions,
  });
}

export function useLocalizedErrors(): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ args, result, setResult }) {
          if (Symbol.asyncIterator in result) return;
          const { errors } = result as ExecutionResult;
          if (errors === undefined) return;
          const ctx = args.contextValue as unknown as Context;
          setResult({ ...result, errors: errors.map((error) => localizeError(error, ctx)) });
        },
      };
    },
  };
}
