/**
 * Which errors a caller sees. Bad input from the domain keeps its message, with a code and the
 * argument it concerns; anything else is masked by Yoga's default, so no internals leak.
 */
import { GraphQLError } from 'graphql';
import { maskError as yogaMaskError, type YogaServerOptions } from 'graphql-yoga';
import { InvalidInputError } from '../domain/errors.js';

type MaskError = NonNullable<Exclude<YogaServerOptions<object, object>['maskedErrors'], boolean | undefined>['maskError']>;

/** The caller's own mistake, if `error` is or wraps one. */
function invalidInput(error: unknown): InvalidInputError | undefined {
  if (error instanceof InvalidInputError) return error;
  if (error instanceof GraphQLError && error.originalError instanceof InvalidInputError) return error.originalError;
  return undefined;
}

/** Yoga's `maskError`, letting `InvalidInputError` through as a `BAD_USER_INPUT` error. */
export const maskError: MaskError = (error, message, isDev) => {
  const input = invalidInput(error);
  if (input === undefined) return yogaMaskError(error, message, isDev);
  const located = error instanceof GraphQLError ? error : undefined;
  return new GraphQLError(input.message, {
    nodes: located?.nodes ?? null,
    path: located?.path ?? null,
    extensions: { code: input.code, argument: input.argument },
  });
};
