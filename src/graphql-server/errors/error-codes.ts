/**
 * Every error a caller sees carries `extensions.code`, and nothing from the JavaScript that
 * raised it. Yoga codes its refusals (BAD_REQUEST, GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED,
 * OPERATION_RESOLUTION_FAILURE), our plugins code theirs (the limits, persisted queries, a
 * caller's input), and masking codes every fault of ours INTERNAL_SERVER_ERROR. What is left
 * uncoded is what graphql-js raises about the caller's values:
 *
 * - a variable that does not coerce (CoerceVariableValues, before execution, so without a path);
 * - an argument that does not (CoerceArgumentValues, during execution: `null` for a non-null
 *   argument that has a default passes validation and fails here, as a field error with a path).
 *
 * Both are BAD_USER_INPUT. The first is a request error, which the GraphQL over HTTP spec answers
 * 200 under application/json and 400 under application/graphql-response+json; graphql-tools'
 * executor marks it 400 for both, so it is marked as Yoga marks its own request errors.
 * Yoga also puts the JSON parser's error into `extensions.originalError`; it is dropped here.
 */
import type { GraphQLError } from 'graphql';
import { LIMIT_CODES } from '../limits/operation-limits.js';
import { mapEveryError, withExtensions } from './errors.js';

/** The codes of the operation limits, each a 400 whatever the media type. */
const LIMIT_CODE_SET: ReadonlySet<string> = new Set(Object.values(LIMIT_CODES));

/** The code of an error about the caller's values. */
const BAD_USER_INPUT = 'BAD_USER_INPUT';

/** `error` with a code and without internals; unchanged when it has the one and not the other. */
function withCode(error: GraphQLError): GraphQLError {
  const { originalError, ...extensions } = error.extensions;
  // Yoga picks the status from `http`; `spec: true` makes it 200 under application/json.
  const { http } = extensions;
  if (originalError !== undefined) {
    // Yoga answers an error that has one 400 under either media type (it is the JSON parser's:
    // a body that is no GraphQL request at all); without it, Yoga must be told so.
    return withExtensions(error, { code: 'BAD_REQUEST', ...extensions, http: { ...http, spec: false } });
  }
  if (LIMIT_CODE_SET.has(extensions['code'] as string) && http?.spec === true) {
    // Yoga marks every error raised while parsing as the spec's request error, the token limit's
    // too (it counts tokens as the parser reads them); a limit is a 400 under either media type.
    return withExtensions(error, { ...extensions, http: { ...http, spec: false } });
  }
  if (extensions['code'] !== undefined) return error;
  if (error.path !== undefined) return withExtensions(error, { ...extensions, code: BAD_USER_INPUT });
  return withExtensions(error, { ...extensions, code: BAD_USER_INPUT, http: { ...http, status: 400, spec: true } });
}

/** The Yoga plugin that codes every error of every result, whatever stage raised it. */
export const useErrorCodes = () => mapEveryError(withCode);
