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
  const response = await exports.default.fetch(`${ORIGIN}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  return toGraphQLResponse<T>(response);
}

/** Sends an operation as a GET with URL parameters. */
export async function get<T = Record<string, any>>(
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResponse<T>> {
  const params = new URLSearchParams({ query });
  if (variables !== undefined) params.set('variables', JSON.stringify(variables));
  const response = await exports.default.fetch(`${ORIGIN}/graphql?${params}`, {
    headers: { accept: 'application/graphql-response+json' },
  });
  return toGraphQLResponse<T>(response);
}

/** POSTs an operation and returns its data, failing on any error. */
export async function data<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const { status, body } = await post<T>(query, variables);
  if (status !== 200 || body.errors !== undefined || body.data == null) {
    throw new Error(`Expected data, got ${status}: ${JSON.stringify(body)}`);
  }
  return body.data;
}
