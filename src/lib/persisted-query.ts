/**
 * How a request names a persisted document, read alike by the answer cache (for its key) and the
 * persisted-query plugin (to resolve the document): Apollo's automatic-persisted-query extension,
 * or the `documentId` parameter of the GraphQL-over-HTTP persisted-documents proposal.
 */

/** The prefix of the proposal's SHA-256 document identifier, `sha256:<lower-case hex>`. */
const SHA256_DOCUMENT_ID = 'sha256:';

/** The hash of an automatic persisted query named in `extensions`, if any. */
export function persistedQueryHash(extensions: unknown): string | undefined {
  const persisted = (extensions as { persistedQuery?: { version?: unknown; sha256Hash?: unknown } } | undefined)
    ?.persistedQuery;
  return persisted?.version === 1 && typeof persisted.sha256Hash === 'string' ? persisted.sha256Hash : undefined;
}

/**
 * The SHA-256 hex that names the request's document, if any: `documentId` when it is given, else
 * Apollo's `extensions.persistedQuery.sha256Hash`. A `documentId` without the `sha256:` prefix
 * (a custom identifier, whose meaning the proposal leaves to the server) is taken whole, so it
 * names a document only if it is itself the hex.
 */
export function persistedDocumentHash(params: {
  readonly extensions?: unknown;
  readonly documentId?: unknown;
}): string | undefined {
  const { documentId } = params;
  if (typeof documentId !== 'string' || documentId === '') return persistedQueryHash(params.extensions);
  return documentId.startsWith(SHA256_DOCUMENT_ID) ? documentId.slice(SHA256_DOCUMENT_ID.length) : documentId;
}
