/**
 * A GET route whose answer is JSON fixed for the life of the isolate (the catalog version, the
 * trusted-document manifest): made on the first request, since a Worker may not start
 * asynchronous work while it loads, then kept, and served under the one caching policy.
 */
import { conditionalResponse, etagFor } from '../http/cache-policy.js';
import type { RouteHandler } from '../http/route.js';

/** The route answering with the JSON text `body` gives, with its ETag and `Cache-Control`. */
export function staticJsonRoute(body: () => Promise<string> | string): RouteHandler {
  let answer: Promise<{ text: string; etag: string }> | undefined;
  return async (request) => {
    answer ??= Promise.resolve()
      .then(body)
      .then(async (text) => ({ text, etag: await etagFor(text) }));
    const { text, etag } = await answer;
    return conditionalResponse(request, text, etag, { 'Content-Type': 'application/json; charset=utf-8' });
  };
}
