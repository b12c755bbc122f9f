/**
 * The one field of Apollo's automatic-persisted-query protocol that both the answer cache (for
 * its key) and the persisted-query plugin (to resolve a document) read.
 */

/** The hash of an automatic persisted query named in `extensions`, if any. */
export function persistedQueryHash(extensions: unknown): string | undefined {
  const persisted = (extensions as { persistedQuery?: { version?: unknown; sha256Hash?: unknown } } | undefined)
    ?.persistedQuery;
  return persisted?.version === 1 && typeof persisted.sha256Hash === 'string' ? persisted.sha256Hash : undefined;
}
