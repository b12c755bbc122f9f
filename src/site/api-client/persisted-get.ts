/**
 * Sending an operation the way the pages do: a GET that names the document by its SHA-256
 * (Apollo's automatic persisted queries), so the URL stays short and every cache on the way can
 * answer it. When the server does not know the hash yet (`PersistedQueryNotFound`), the same GET
 * is sent again with the document, which registers it; a server with a trusted-document manifest
 * knows the hash from the start. An operation whose variables name a person (an address) is a
 * JSON POST instead, with the same parameters: a URL is kept by logs, history and caches.
 */
import { sha256Hex } from '../../lib/sha256.js';
import type { Answer } from './answers.js';
import type { Operation } from './operations.js';

/** The Accept header the pages send: the GraphQL media type, JSON for servers that lack it. */
export const ACCEPT = 'application/graphql-response+json, application/json;q=0.9';

/**
 * Sends a request of /graphql and gives the parsed JSON answer: a GET with `search` as its query
 * string, or a JSON POST of `body` (the same parameters) when `post` is set.
 */
type Send = (search: URLSearchParams, post?: { readonly body: string }) => Promise<unknown>;

/** Runs one operation with its variables. */
export type Run = <Variables, Data>(
  operation: Operation<Variables, Data>,
  variables: Variables,
) => Promise<Answer<Data>>;

const hashes = new Map<string, Promise<string>>();

/** The persisted-query hash of `document`, computed once. */
export function documentHash(document: string): Promise<string> {
  let hash = hashes.get(document);
  if (hash === undefined) {
    hash = sha256Hex(document);
    hashes.set(document, hash);
  }
  return hash;
}

const notFound = (answer: Answer<unknown>) =>
  answer.errors?.some((error) => error.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND') ?? false;

/** The JSON body of a POST with the parameters of `search`, the JSON ones as values. */
function postOf(search: URLSearchParams): { readonly body: string } {
  const json = ['variables', 'extensions'];
  return {
    body: JSON.stringify(
      Object.fromEntries([...search].map(([name, value]) => [name, json.includes(name) ? JSON.parse(value) : value])),
    ),
  };
}

/** `run` over `send`: each operation by hash first, with its document only when the hash is unknown. */
export function persistedRunner(send: Send): Run {
  return async <Variables, Data>(operation: Operation<Variables, Data>, variables: Variables) => {
    const search = new URLSearchParams({
      operationName: operation.name,
      variables: JSON.stringify(variables),
      extensions: JSON.stringify({
        persistedQuery: { version: 1, sha256Hash: await documentHash(operation.document) },
      }),
    });
    const sent = (): Promise<unknown> => (operation.personal === true ? send(search, postOf(search)) : send(search));
    const answer = (await sent()) as Answer<Data>;
    if (!notFound(answer)) return answer;
    search.set('query', operation.document);
    return (await sent()) as Answer<Data>;
  };
}
