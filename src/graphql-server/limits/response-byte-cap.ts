/**
 * The backstop behind the operation limits: no answer is serialized past a byte cap, whatever an
 * operation got through them. The result is written with a bound that stops at the cap
 * (`bounded-json.ts`); over it, the answer is a `no-store` 400 whose single error says so. A 400
 * as for every other limit: the caller asked for more than one answer holds and gets it by asking
 * for less, and the same request fails the same way again, so a 5xx would only invite retries
 * (413 speaks of a request's own content, not the answer's).
 */
import type { ExecutionResult } from 'graphql';
import { createGraphQLError, type Plugin, type YogaLogger } from 'graphql-yoga';
import { CACHE_CONTROL_NO_STORE } from '../../http/cache-policy.js';
import { MAX_RESPONSE_BYTES } from '../../limits.js';
import { stringifyWithin } from './bounded-json.js';
import { singleResult } from '../single-result.js';

/**
 * `result` as Yoga writes one without errors: its `http` extension left out, and the extensions
 * with it when nothing else is in them.
 */
function withoutHttp(result: ExecutionResult): ExecutionResult {
  if (result.extensions === undefined) return result;
  const { http: _http, ...extensions } = result.extensions;
  return { ...result, extensions: Object.keys(extensions).length > 0 ? extensions : undefined };
}

/** The `extensions.code` of an answer refused for its size. */
export const RESPONSE_TOO_LARGE_CODE = 'RESPONSE_TOO_LARGE';

/**
 * The plugin refusing answers over `maxBytes` bytes of JSON. It must come after every plugin that
 * changes results in `onResultProcess`, so that it measures the answer as sent. An error is
 * measured with the extensions Yoga drops before sending it (`http`), so a few bytes too many.
 */
export function useResponseByteCap(maxBytes = MAX_RESPONSE_BYTES): Plugin {
  let logger: YogaLogger | undefined;
  return {
    onYogaInit({ yoga }) {
      logger = yoga.logger;
    },
    onResultProcess(payload) {
      const result = singleResult(payload.result);
      if (result === undefined) return;
      // Without errors, Yoga writes the result less its `http` extension (status and headers), so
      // measuring that gives the text it would write, and the result need not be written twice.
      const body = stringifyWithin(result.errors === undefined ? withoutHttp(result) : result, maxBytes);
      if (body === undefined) {
        // The node limit should have refused the operation before it ran: worth a look.
        logger?.warn(`An answer over the response cap of ${maxBytes} bytes was refused.`);
        const message = `Response size limit of ${maxBytes} bytes exceeded: ask for fewer fields or items.`;
        const http = { status: 400, headers: { 'Cache-Control': CACHE_CONTROL_NO_STORE } };
        payload.setResult({
          errors: [createGraphQLError(message, { extensions: { code: RESPONSE_TOO_LARGE_CODE, http } })],
        });
      } else if (result.errors === undefined) {
        payload.setResult({ ...result, stringify: () => body });
      }
    },
  };
}
