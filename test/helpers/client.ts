/**
 * Talks to the Worker the way a client would: through its fetch handler, over GET or POST.
 */
import { exports } from 'cloudflare:workers';

export const ORIGIN = 'http://127.0.0.1';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  headers: Headers;
  body: { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function toGraphQLResponse<T>(response: Response): Promise<GraphQLResponse<T>> {
  return { status: response.status, headers: response.headers, body: await response.json() };
}

/** POSTs an operation as JSON. */
export async function post<T = Record<string, any>>(
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResponse<T>> {
  return toGraphQLResponse<T>(await graphqlPost({ query, variables }));
}

/** Sends an operation as a GET with URL parameters. */
export async function get<T = Record<string, any>>(
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResponse<T>> {
  return toGraphQLResponse<T>(await graphqlGet(query, variables));
}

/** POSTs an operation and returns its data, failing on any error. */
export async function data<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const { status, body } = await post<T>(query, variables);
  if (status !== 200 || body.errors !== undefined || body.data == null) {
    throw new Error(`Expected data, got ${status}: ${JSON.stringify(body)}`);
  }
  return body.data;
}

let unique = 0;

/** A name no other request in this test run has used, to keep cache tests independent. */
export function uniqueName(prefix = 'u'): string {
  unique += 1;
  return `${prefix}${Date.now().toString(36)}${unique}`;
}

/** Fetches a path of the Worker with `init`, as a browser or partner would. */
export function fetchWorker(path: string, init?: RequestInit): Promise<Response> {
  return exports.default.fetch(`${ORIGIN}${path}`, init);
}

/** A GET of /graphql for `query` (and variables), with the JSON Accept header clients send. */
export function graphqlGet(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
  const params = new URLSearchParams({ query });
  if (variables !== undefined) params.set('variables', JSON.stringify(variables));
  return fetchWorker(`/graphql?${params}`, { headers: { accept: 'application/graphql-response+json', ...headers } });
}

/** A JSON POST of /graphql. */
export function graphqlPost(body: Record<string, unknown>, headers: Record<string, string> = {}) {
  return fetchWorker('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify(body),
  });
}

/** What `Cache-Status` says happened: a hit in either layer, a miss, or a bypass. */
export function cacheResult(response: Response): 'HIT' | 'MISS' | 'BYPASS' {
  const status = response.headers.get('Cache-Status') ?? '';
  if (/;\s*hit\b/.test(status)) return 'HIT';
  return status.includes('worker-isolate; fwd=bypass') ? 'BYPASS' : 'MISS';
}

/**
 * The body of `response` as UTF-8 text, whatever its type: `text()` would do the same, but the
 * runtime warns when it reads a body whose type is not text (an Apple profile, say).
 */
export const bodyText = async (response: Response): Promise<string> =>
  new TextDecoder().decode(await response.arrayBuffer());
