/**
 * Which errors a caller sees. Bad input from the domain keeps its message and extensions (code and
 * argument); anything else goes through Yoga's default masking, so no internals leak.
 */
import { GraphQLError } from 'graphql';
import { maskError as yogaMaskError, type YogaServerOptions } from 'graphql-yoga';
import { InvalidInputError } from '../domain/errors.js';

type MaskError = NonNullable<Exclude<YogaServerOptions<object, object>['maskedErrors'], boolean | undefined>['maskError']>;

/** True when `error` reports a caller's own mistake rather than a fault of ours. */
export function isInvalidInput(error: unknown): error is GraphQLError {
  return error instanceof GraphQLError && error.originalError instanceof InvalidInputError;
}

/**
 * Yoga's `maskError`, passing a caller's mistake through unchanged: returning the same error
 * also keeps Yoga from logging it as a server fault.
 */
export const maskError: MaskError = (error, message, isDev) =>
  isInvalidInput(error) ? error : yogaMaskError(error, message, isDev);
