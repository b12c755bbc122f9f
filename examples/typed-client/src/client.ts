/**
 * A small client for the Mail Settings API that sends every operation as an automatic persisted
 * query, as Apollo's protocol does: first a GET carrying only the document's SHA-256 in
 * `extensions.persistedQuery`, which HTTP caches and the API's own caches can answer; when the API
 * answers `PersistedQueryNotFound`, a POST with the document and its hash, which registers it, so
 * the next GET is answered by hash alone. An API that knows the hash already (a manifest of
 * trusted operations) answers the first GET, and the client never sends the document.
 */
import { getOperationAST, print } from 'graphql';
import type { TadaDocumentNode } from 'gql.tada';

/** What the API answers; `data` is typed by the operation. */
interface GraphQLResponse<Data> {
  readonly data?: Data | null;
  readonly errors?: readonly GraphQLErrorBody[];
}

export interface GraphQLErrorBody {
  readonly message: string;
  readonly extensions?: { readonly code?: string; readonly argument?: string };
}

/** The errors of an answer without data, kept whole for the caller to read their codes. */
export class GraphQLRequestError extends Error {
  constructor(readonly errors: readonly GraphQLErrorBody[]) {
    super(errors.map((error) => `${error.message} (${error.extensions?.code ?? 'no code'})`).join('; '));
    this.name = 'GraphQLRequestError';
  }
}

export interface ClientOptions {
  /** The API's GraphQL endpoint, for example `https://…/graphql`. */
  readonly url: string;
  /** The fetch to send requests with; the global one by default. */
  readonly fetch?: (input: string, init?: RequestInit) => Promise<Response>;
}

export interface Client {
  /** Runs `document` with `variables` and returns its data; throws `GraphQLRequestError` on errors. */
  execute<Data, Variables>(document: TadaDocumentNode<Data, Variables>, variables: Variables): Promise<Data>;
}

const ACCEPT = 'application/graphql-response+json, application/json;q=0.9';

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

const notFound = (response: GraphQLResponse<unknown>) =>
  response.errors?.some((error) => error.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND') === true;

/** A client for the API at `url`. */
export function createClient({ url, fetch = globalThis.fetch }: ClientOptions): Client {
  // The text and hash of each document, computed once: the hash is of exactly the text sent.
  const prepared = new WeakMap<object, Promise<{ query: string; hash: string }>>();
  const prepare = <Data, Variables>(document: TadaDocumentNode<Data, Variables>) => {
    let entry = prepared.get(document);
    if (entry === undefined) {
      const query = print(document);
      entry = sha256Hex(query).then((hash) => ({ query, hash }));
      prepared.set(document, entry);
    }
    return entry;
  };

  const send = async <Data>(request: Promise<Response>): Promise<GraphQLResponse<Data>> => {
    const response = await request;
    if (!(response.headers.get('content-type') ?? '').includes('json')) {
      throw new Error(`The API answered ${response.status} without a GraphQL response`);
    }
    // The Workers types make `json()` generic and the DOM's do not; this file is checked with both.
    const body: unknown = await response.json();
    return body as GraphQLResponse<Data>;
  };

  return {
    async execute<Data, Variables>(document: TadaDocumentNode<Data, Variables>, variables: Variables) {
      const { query, hash } = await prepare(document);
      const name = getOperationAST(document)?.name?.value;
      const extensions = { persistedQuery: { version: 1, sha256Hash: hash } };
      const params = new URLSearchParams({
        variables: JSON.stringify(variables),
        extensions: JSON.stringify(extensions),
      });
      if (name !== undefined) params.set('operationName', name);
      let answer = await send<Data>(fetch(`${url}?${params}`, { headers: { accept: ACCEPT } }));
      if (notFound(answer)) {
        const body = JSON.stringify({ query, operationName: name, variables, extensions });
        const headers = { accept: ACCEPT, 'content-type': 'application/json' };
        answer = await send<Data>(fetch(url, { method: 'POST', headers, body }));
      }
      if (answer.data == null) throw new GraphQLRequestError(answer.errors ?? [{ message: 'No data in the answer' }]);
      return answer.data;
    },
  };
}
