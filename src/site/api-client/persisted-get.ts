/**
 * Sending an operation the way the pages do: a GET that names the document by its SHA-256
 * (Apollo's automatic persisted queries), so the URL stays short and every cache on the way can
 * answer it. When the server does not know the hash yet (`PersistedQueryNotFound`), the same GET
 * is sent again with the document, which registers it; a server with a trusted-document manifest
 * knows the hash from the start.
 */
import { sha256Hex } from '../../lib/sha256.js';
import type { Answer } from './answers.js';
import type { Operation } from './operations.js';

/** The Accept header the pages send: the GraphQL media type, JSON for servers that lack it. */
export const ACCEPT = 'application/graphql-response+json, application/json;q=0.9';

/** Sends a GET of /graphql with `search` as its query string and gives the parsed JSON answer. */
type SendGet = (search: URLSearchParams) => Promise<unknown>;

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

/** `run` over `send`: each operation by hash first, with its document only when the hash is unknown. */
export function persistedRunner(send: SendGet): Run {
  return async <Variables, Data>(operation: Operation<Variables, Data>, variables: Variables) => {
    const search = new URLSearchParams({
      operationName: operation.name,
      variables: JSON.stringify(variables),
      extensions: JSON.stringify({
        persistedQuery: { version: 1, sha256Hash: await documentHash(operation.document) },
      }),
    });
    const answer = (await send(search)) as Answer<Data>;
    if (!notFound(answer)) return answer;
    search.set('query', operation.document);
    return (await send(search)) as Answer<Data>;
  };
}
