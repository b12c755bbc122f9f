/**
 * Builds the trusted-document manifest from the operation files: one named query a file, its body
 * the file's text exactly (comments included, as GraphiQL shows them), its id the SHA-256 of that
 * text, as Apollo's clients compute a persisted query's hash. Shared by `npm run operations`,
 * which writes the manifest, and the test that checks the committed manifest is what the files give.
 */
import { Kind, OperationTypeNode, parse } from 'graphql';
import { sha256Hex } from '../src/lib/sha256.js';
import type { ManifestOperation, PersistedQueryManifest } from '../src/trusted-documents/operations.js';

/** An operation file: where it is (for messages) and its text. */
export interface OperationFile {
  readonly path: string;
  readonly text: string;
}

/** The name of the one named query `file` holds; throws, naming the file, for anything else. */
function queryNameOf(file: OperationFile): string {
  const { definitions } = parse(file.text);
  const [definition] = definitions;
  if (
    definitions.length !== 1 ||
    definition?.kind !== Kind.OPERATION_DEFINITION ||
    definition.operation !== OperationTypeNode.QUERY ||
    definition.name === undefined
  ) {
    throw new Error(`${file.path} must hold exactly one named query and nothing else.`);
  }
  return definition.name.value;
}

/** The manifest of `files`, its operations ordered by name; throws when two share a name. */
export async function manifestOf(files: readonly OperationFile[]): Promise<PersistedQueryManifest> {
  const operations = await Promise.all(
    files.map(async (file): Promise<ManifestOperation> => ({
      id: await sha256Hex(file.text),
      name: queryNameOf(file),
      type: 'query',
      body: file.text,
    })),
  );
  // By code point, so the order is the same under any locale.
  operations.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const repeated = operations.find((operation, index) => operations[index + 1]?.name === operation.name);
  if (repeated !== undefined) throw new Error(`Two operation files name their query ${repeated.name}.`);
  return { format: 'apollo-persisted-query-manifest', version: 1, operations };
}

/** The manifest as its committed file holds it. */
export function manifestText(manifest: PersistedQueryManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
