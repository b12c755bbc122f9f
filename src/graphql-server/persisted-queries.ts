/**
 * Automatic persisted queries (Apollo's protocol): a client sends the SHA-256 of a document in
 * `extensions.persistedQuery`; an unknown hash gets `PersistedQueryNotFound`, and the client then
 * sends document and hash together, which registers it once the document has parsed and
 * validated: a document that never could run is never kept. What can be registered is bounded in
 * count and in document length, so registrations cannot flood an isolate's memory.
 */
import { createGraphQLError, type Plugin, type YogaInitialContext } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import { MAX_DOCUMENT_CHARACTERS } from '../http/limits.js';
import { persistedQueryHash } from '../lib/persisted-query.js';
import { sha256Hex } from '../lib/sha256.js';

export interface PersistedQueryLimits {
  /** Documents kept per isolate; the least recently used goes first. */
  readonly maxEntries: number;
  /** Longer documents still run but are not registered. */
  readonly maxDocumentLength: number;
}

export const PERSISTED_QUERY_LIMITS: PersistedQueryLimits = {
  maxEntries: 1000,
  maxDocumentLength: MAX_DOCUMENT_CHARACTERS,
};

/** A bounded store of registered documents by hash. */
export class PersistedQueryStore {
  readonly #documents: LRUCache<string, string>;

  constructor(readonly limits: PersistedQueryLimits = PERSISTED_QUERY_LIMITS) {
    this.#documents = new LRUCache({ max: limits.maxEntries });
  }

  get(hash: string): string | undefined {
    return this.#documents.get(hash);
  }

  /** Registers `document` under `hash`; returns false when it is too long to keep. */
  register(hash: string, document: string): boolean {
    if (document.length > this.limits.maxDocumentLength) return false;
    this.#documents.set(hash, document);
    return true;
  }

  get size(): number {
    return this.#documents.size;
  }
}

/**
 * The Yoga plugin that resolves persisted queries against `store`, refuses a hash its document
 * does not match, and registers a document sent with its hash after it validates.
 */
export function usePersistedQueries(store: PersistedQueryStore): Plugin<YogaInitialContext> {
  return {
    async onParams({ params, setParams }) {
      const hash = persistedQueryHash(params.extensions);
      if (hash === undefined) return;
      if (params.query == null) {
        const query = store.get(hash);
        if (query === undefined) {
          // 200, as Apollo clients expect before they send the document.
          throw createGraphQLError('PersistedQueryNotFound', {
            extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 200 } },
          });
        }
        setParams({ ...params, query });
        return;
      }
      if ((await sha256Hex(params.query)) !== hash) {
        throw createGraphQLError('PersistedQueryMismatch: the sha256Hash is not the SHA-256 of the query.', {
          extensions: { code: 'PERSISTED_QUERY_MISMATCH', http: { status: 400 } },
        });
      }
    },
    // Reached only by a document that parsed and whose hash was verified above; a parse error,
    // or a limit refusing it, ends the request before validation.
    onValidate({ context: { params } }) {
      const hash = persistedQueryHash(params.extensions);
      const query = params.query;
      if (hash === undefined || query == null || store.get(hash) !== undefined) return;
      return ({ valid }) => {
        if (valid) store.register(hash, query);
      };
    },
  };
}
