/**
 * Persisted documents, named by Apollo's automatic-persisted-query extension
 * (`extensions.persistedQuery.sha256Hash`) or by the GraphQL-over-HTTP proposal's
 * `documentId=sha256:<hex>`, which is read as the same hash.
 *
 * A hash is resolved from the trusted-document manifest first, which every isolate knows from the
 * start, then from the documents registered in this isolate. An unknown hash gets
 * `PersistedQueryNotFound`; an Apollo client then sends document and hash together, which
 * registers the document once it has parsed and validated, so a document that never could run is
 * never kept. What can be registered is bounded in count and in document length, so
 * registrations cannot flood an isolate's memory.
 *
 * With `TRUSTED_DOCUMENTS=only`, the manifest's operations are all that runs, by hash or by text;
 * any other document, or hash, is refused and nothing is registered.
 */
import { MANIFEST_PATH } from '../paths.js';
import { createGraphQLError, type GraphQLParams, type Plugin, type YogaInitialContext } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import { PERSISTED_QUERY_LIMITS } from '../limits.js';
import { canonicalDocument } from '../lib/canonical-document.js';
import { persistedDocumentHash, persistedQueryHash } from '../lib/persisted-query.js';
import { sha256Hex } from '../lib/sha256.js';
import { trustedIdOfCanonical } from '../trusted-documents/manifest.js';
import { trustedDocument } from '../trusted-documents/operations.js';
import { onlyTrustedDocuments } from '../trusted-documents/mode.js';
import type { ServerContext } from './server-context.js';

interface PersistedQueryLimits {
  /** Documents kept per isolate; the least recently used goes first. */
  readonly maxEntries: number;
  /** Longer documents still run but are not registered. */
  readonly maxDocumentLength: number;
}

/** The `extensions.code` of a document refused because it is not in the manifest. */
const TRUSTED_DOCUMENT_REQUIRED = 'TRUSTED_DOCUMENT_REQUIRED';

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
 * 403: the request is understood and its document may well be valid, but this deployment runs
 * only the manifest's operations, and no other request body would change that. Not 400, which
 * would say the request itself is malformed.
 */
function notTrusted() {
  return createGraphQLError(
    `Only the operations of the trusted-document manifest (${MANIFEST_PATH}) run here; send one of them by its id or its text.`,
    { extensions: { code: TRUSTED_DOCUMENT_REQUIRED, http: { status: 403 } } },
  );
}

/** True when `query` is one of the manifest's operations, however it is spaced or commented. */
function isTrusted(query: string): boolean {
  const canonical = canonicalDocument(query);
  return canonical !== undefined && trustedIdOfCanonical(canonical) !== undefined;
}

/**
 * The request's `documentId`: in a JSON body it is among the parameters; Yoga's GET parser reads
 * only the four of plain GraphQL over HTTP, so for a GET it comes from the URL.
 */
function documentIdOf(params: GraphQLParams, request: Request): unknown {
  if ('documentId' in params) return params.documentId;
  return request.method === 'GET' ? new URL(request.url).searchParams.get('documentId') : undefined;
}

/**
 * The parameters Yoga goes on with: `documentId` becomes Apollo's extension (Yoga refuses a
 * parameter it does not know), and `query` is the document the hash named, when one was found.
 */
function resolved(params: GraphQLParams, hash: string, query: string): GraphQLParams {
  const { operationName, variables, extensions } = params;
  return {
    query,
    ...(operationName !== undefined && { operationName }),
    ...(variables !== undefined && { variables }),
    extensions: { ...extensions, persistedQuery: { version: 1, sha256Hash: hash } },
  };
}

/**
 * The Yoga plugin that resolves persisted documents from the manifest and `store`, refuses a hash
 * its document does not match, registers a document sent with its hash after it validates, and,
 * when the Worker runs trusted documents only, refuses every other document.
 */
export function usePersistedQueries(
  store: PersistedQueryStore,
): Plugin<YogaInitialContext & ServerContext, ServerContext> {
  return {
    async onParams({ params, request, setParams, context }) {
      const only = onlyTrustedDocuments(context.env);
      const hash = persistedDocumentHash({ extensions: params.extensions, documentId: documentIdOf(params, request) });
      if (hash === undefined) {
        if (only && (params.query == null || !isTrusted(params.query))) throw notTrusted();
        return;
      }
      if (params.query == null) {
        const query = trustedDocument(hash) ?? (only ? undefined : store.get(hash));
        if (query !== undefined) {
          setParams(resolved(params, hash, query));
          return;
        }
        if (only) throw notTrusted();
        // 200, as Apollo clients expect before they send the document.
        throw createGraphQLError('PersistedQueryNotFound', {
          extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 200 } },
        });
      }
      if ((await sha256Hex(params.query)) !== hash) {
        throw createGraphQLError('PersistedQueryMismatch: the sha256Hash is not the SHA-256 of the query.', {
          extensions: { code: 'PERSISTED_QUERY_MISMATCH', http: { status: 400 } },
        });
      }
      if (only && !isTrusted(params.query)) throw notTrusted();
      setParams(resolved(params, hash, params.query));
    },
    // Reached only by a document that parsed and whose hash was verified above; a parse error,
    // or a limit refusing it, ends the request before validation.
    onValidate({ context: { params, env } }) {
      const hash = persistedQueryHash(params.extensions);
      const query = params.query;
      if (hash === undefined || query == null || onlyTrustedDocuments(env)) return;
      if (trustedDocument(hash) !== undefined || store.get(hash) !== undefined) return;
      return ({ valid }) => {
        if (valid) store.register(hash, query);
      };
    },
  };
}
