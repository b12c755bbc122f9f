/**
 * The trusted documents: the operations in `operations/*.graphql`, as the manifest generated from
 * them (`operations/persisted-query-manifest.json`, `npm run operations`) lists them, in Apollo's
 * persisted query manifest format. The Worker carries the manifest in its bundle, so every isolate
 * knows each operation by its id from its first request, with no registration round trip.
 */
import manifest from '../../operations/persisted-query-manifest.json';
import { canonicalDocument } from '../lib/canonical-document.js';

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

/** Where the Worker publishes the manifest: beside /graphql, a path of its own. */
export const MANIFEST_PATH = '/graphql/persisted-operations.json';

const bodiesById = new Map(MANIFEST.operations.map((operation) => [operation.id, operation.body]));

// Made on first use: lexing every body is work a request that never asks need not wait for.
let idsByCanonicalBody: ReadonlyMap<string, string> | undefined;

/** The body of the manifest operation whose id is `id`. */
export function trustedDocument(id: string): string | undefined {
  return bodiesById.get(id);
}

/**
 * The id of the manifest operation whose canonical text (see `lib/canonical-document.ts`) is
 * `canonical`: the same operation sent as text, however it is spaced or commented.
 */
export function trustedIdOfCanonical(canonical: string): string | undefined {
  idsByCanonicalBody ??= new Map(
    MANIFEST.operations.map((operation) => [canonicalDocument(operation.body) ?? '', operation.id]),
  );
  return idsByCanonicalBody.get(canonical);
}

/** The manifest operation named `name`; throws when there is none, a mistake in the code asking. */
export function trustedOperation(name: string): ManifestOperation {
  const operation = MANIFEST.operations.find((candidate) => candidate.name === name);
  if (operation === undefined) throw new Error(`No operation named ${name} in operations/.`);
  return operation;
}
