/**
 * The /graphql answer cache on caches of a test's own, in front of the real Yoga, counting the
 * requests that reach Yoga: how a test tells a cache hit from an execution.
 */
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { shouldRenderGraphiQL } from 'graphql-yoga';
import { answerCache } from '../../src/cache/answer-cache.js';
import { IsolateCache } from '../../src/cache/isolate-cache.js';
import type { Env } from '../../src/env.js';
import { executeOnYoga } from '../../src/routes/graphql.js';
import { uniqueName } from './client.js';

/** The Workers runtime's default Cache API cache. */
export const defaultCache = () => (caches as unknown as { readonly default: Cache }).default;

/** A handler on its own isolate map (and the shared Cache API) that counts what reaches Yoga. */
export function handler(
  options: { catalogVersion?: string; isolateCache?: IsolateCache; edgeCache?: () => Cache } = {},
) {
  const counter = { executions: 0 };
  const handle = answerCache({
    execute: (forwarded, negotiated, context) => {
      counter.executions += 1;
      return executeOnYoga(forwarded, negotiated, context);
    },
    isPage: shouldRenderGraphiQL,
    isolateCache: options.isolateCache ?? new IsolateCache(),
    edgeCache: options.edgeCache ?? defaultCache,
    catalogVersion: options.catalogVersion ?? `test-${uniqueName()}`,
  });
  return { handle, counter };
}

/** Sends `body` to `handle` as a JSON POST or as GET parameters, with `env` as the Worker's bindings. */
export async function send(
  handle: ReturnType<typeof handler>['handle'],
  body: Record<string, unknown>,
  method = 'POST',
  env: Partial<Env> = {},
  acceptLanguage?: string,
) {
  const language: Record<string, string> = acceptLanguage === undefined ? {} : { 'accept-language': acceptLanguage };
  const ctx = createExecutionContext();
  const request =
    method === 'POST'
      ? new Request('http://127.0.0.1/graphql', {
          method,
          headers: { 'content-type': 'application/json', accept: 'application/json', ...language },
          body: JSON.stringify(body),
        })
      : new Request(
          `http://127.0.0.1/graphql?${new URLSearchParams(
            Object.entries(body).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
          )}`,
          { headers: { accept: 'application/json', ...language } },
        );
  const url = new URL(request.url);
  const response = await handle(request, { env: env as Env, ctx, url, requestId: 'test' });
  await waitOnExecutionContext(ctx);
  return response;
}
