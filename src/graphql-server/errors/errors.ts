/**
 * Which errors a caller sees. Bad input from the domain keeps its message and extensions (code and
 * argument); anything else becomes "Unexpected error." with the request id, so no internals leak
 * (never a stack or the original message, whatever NODE_ENV says) and a report can still be traced.
 */
import { GraphQLError } from 'graphql';
import { maskError as yogaMaskError, type Plugin, type YogaServerOptions } from 'graphql-yoga';
import { InvalidInputError } from '../../domain/errors.js';
import { MASKED_ERROR_MESSAGE } from '../../http/rejection.js';
import type { ServerContext } from '../server-context.js';
import { singleResult } from '../single-result.js';

type MaskError = NonNullable<
  Exclude<YogaServerOptions<object, object>['maskedErrors'], boolean | undefined>['maskError']
>;

/** True when `error` reports a caller's own mistake rather than a fault of ours. */
export function isInvalidInput(error: unknown): error is GraphQLError {
  return error instanceof GraphQLError && error.originalError instanceof InvalidInputError;
}

/**
 * Yoga's `maskError`, never in development mode, passing a caller's mistake through unchanged:
 * returning the same error also keeps Yoga from logging it as a server fault.
 */
export const maskError: MaskError = (error) =>
  isInvalidInput(error) ? error : yogaMaskError(error, MASKED_ERROR_MESSAGE, false);

/** True for an error `maskError` made from a fault of ours. */
function isMasked(error: GraphQLError): boolean {
  return error.extensions['unexpected'] === true;
}

/**
 * `error` where it happened, with `extensions` in place of its own (and no original error), and
 * `message` when one is given.
 */
export function withExtensions(error: GraphQLError, extensions: Record<string, unknown>, message = error.message) {
  return new GraphQLError(message, {
    nodes: error.nodes ?? null,
    source: error.source ?? null,
    positions: error.positions ?? null,
    path: error.path ?? null,
    extensions,
  });
}

/** `error` naming `requestId` when it is a masked fault; otherwise unchanged. */
export function withRequestId(error: GraphQLError, requestId: string): GraphQLError {
  return isMasked(error) ? withExtensions(error, { ...error.extensions, requestId }) : error;
}

/**
 * A Yoga plugin that passes every error of every result through `map`, at the last hook a result
 * passes: after parsing, validation, execution and masking alike.
 */
export function mapEveryError(
  map: (error: GraphQLError, serverContext: ServerContext) => GraphQLError,
): Plugin<object, ServerContext> {
  return {
    onResultProcess(payload) {
      const result = singleResult(payload.result);
      const errors = result?.errors;
      if (errors === undefined) return;
      payload.setResult({ ...result, errors: errors.map((error) => map(error, payload.serverContext)) });
    },
  };
}

/** The Yoga plugin that puts the request id (the guard's, in the server context) into masked errors. */
export const useRequestIdInMaskedErrors = () =>
  mapEveryError((error, { requestId }) => withRequestId(error, requestId));
