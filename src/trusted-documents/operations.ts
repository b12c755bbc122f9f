/**
 * The trusted documents as data: the manifest generated from the `.graphql` files under `operations/`
 * (`operations/persisted-query-manifest.json`, `npm run operations`), in Apollo's persisted query
 * manifest format, and its operations by id and by name. Nothing else is imported, so the page's
 * browser script can read its operations from here without carrying the server's code.
 */
import manifest from '../../operations/persisted-query-manifest.json';

/** One operation of the manifest; `id` is the SHA-256 (lower-case hex) of `body`. */
export interface ManifestOperation {
  readonly id: string;
  readonly name: string;
  readonly type: 'query';
  readonly body: string;
}

/** Apollo's persisted query manifest, as `@apollo/persisted-query-lists` and our route read it. */
export interface PersistedQueryManifest {
  readonly format: 'apollo-persisted-query-manifest';
  readonly version: 1;
  readonly operations: readonly ManifestOperation[];
}

export const MANIFEST = manifest as PersistedQueryManifest;

const bodiesById = new Map(MANIFEST.operations.map((operation) => [operation.id, operation.body]));

/** The body of the manifest operation whose id is `id`. */
export function trustedDocument(id: string): string | undefined {
  return bodiesById.get(id);
}

/** The manifest operation named `name`; throws when there is none, a mistake in the code asking. */
export function trustedOperation(name: string): ManifestOperation {
  const operation = MANIFEST.operations.find((candidate) => candidate.name === name);
  if (operation === undefined) throw new Error(`No operation named ${name} in operations/.`);
  return operation;
}
