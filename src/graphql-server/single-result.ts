/**
 * The result of one operation, as Yoga's hooks hand it over: neither a batch (batching is off) nor
 * a stream (no field streams), but typed as either. Every plugin that reads or replaces a result
 * asks here, so the two cases are told apart one way.
 */
import { isAsyncIterable } from 'graphql-yoga';

/** `result` when it is one operation's result; undefined for a batch or a stream. */
export function singleResult<T extends object>(
  result: T,
): Exclude<T, AsyncIterable<unknown> | readonly unknown[]> | undefined {
  return Array.isArray(result) || isAsyncIterable(result)
    ? undefined
    : (result as Exclude<T, AsyncIterable<unknown> | readonly unknown[]>);
}
