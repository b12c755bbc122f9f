/**
 * The trusted documents as the Worker serves and recognizes them: where the manifest is published,
 * and a manifest operation recognized from its text however it is spaced. The Worker carries the
 * manifest in its bundle (`operations.ts`), so every isolate knows each operation by its id from
 * its first request, with no registration round trip.
 */
import { canonicalDocument } from '../lib/canonical-document.js';
import { MANIFEST } from './operations.js';

// Made on first use: lexing every body is work a request that never asks need not wait for.
let idsByCanonicalBody: ReadonlyMap<string, string> | undefined;

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
