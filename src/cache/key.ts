/**
 * The canonical key of a GraphQL request: the same operation gives the same key whatever its
 * white space, comments or variable order; anything that can change the answer (document,
 * variables, operation name, origin, response media type as negotiated, locale, catalog version)
 * is part of it.
 * A persisted document is keyed by its hash, so the request that registers a document and every
 * later hash-only request share one entry; so is a trusted document sent as text, so one
 * operation has one entry however it is named (Apollo's hash, `documentId`, or its text). Built
 * without parsing the document: it is only lexed.
 */
import { canonicalDocument } from '../lib/canonical-document.js';
import { persistedDocumentHash } from '../lib/persisted-query.js';
import { sha256Hex } from '../lib/sha256.js';
import { trustedIdOfCanonical } from '../trusted-documents/manifest.js';
import type { GraphQLParams } from './params.js';

/** JSON with object keys sorted at every depth, so equal values give equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

interface KeyContext {
  /** Where the request was sent: answers may link back to it (autoconfig's guide pages). */
  readonly origin: string;
  /** The media type negotiated from Accept (never Accept's text, which negotiation may read otherwise). */
  readonly mediaType: string;
  readonly locale: string;
  readonly catalogVersion: string;
}

/**
 * What names the document in the key: a persisted document's hash (a trusted document's id when
 * it is sent as text), or the canonical document. A hash sent with its document counts only once
 * the document is verified against it, so a mismatched pair (refused by Yoga) never reads or writes the entry of the document the hash
 * names. Undefined when the request cannot have a cacheable answer: no document and no hash, a
 * hash its document does not match, or a document that does not even lex.
 */
async function documentIdentity(params: GraphQLParams): Promise<readonly [string, string] | undefined> {
  const hash = persistedDocumentHash(params);
  if (hash !== undefined) {
    if (params.query !== undefined && (await sha256Hex(params.query)) !== hash) return undefined;
    return ['sha256', hash];
  }
  const document = params.query === undefined ? undefined : canonicalDocument(params.query);
  if (document === undefined || document === '') return undefined;
  const trusted = trustedIdOfCanonical(document);
  return trusted === undefined ? ['document', document] : ['sha256', trusted];
}

/** What a request asks for before its variables (see `operationKey`). */
export interface Operation {
  /** Its document and operation name, canonical: equal for the same operation however it is sent. */
  readonly key: string;
  /**
   * True when the document is named by its hash (a persisted query, or a trusted document even
   * when sent as text): an operation a client ships and sends again and again.
   */
  readonly byHash: boolean;
}

/**
 * What a request asks for before its variables, or undefined when it cannot have a cacheable
 * answer. The answer cache learns which variables each operation declares.
 */
export async function operationKey(params: GraphQLParams): Promise<Operation | undefined> {
  const identity = await documentIdentity(params);
  if (identity === undefined) return undefined;
  return { key: canonicalJson([params.operationName ?? null, ...identity]), byHash: identity[0] === 'sha256' };
}

/** `variables` with only the names in `declared`: the values the operation reads. */
function declaredOnly(variables: GraphQLParams['variables'], declared: readonly string[]): Record<string, unknown> {
  const given = (variables ?? {}) as Record<string, unknown>;
  return Object.fromEntries(declared.filter((name) => name in given).map((name) => [name, given[name]]));
}

/**
 * The cache key of a request for the operation `operation` (see `operationKey`). With the names
 * of the variables the operation declares, only those go in: graphql-js ignores any other, so they
 * cannot change the answer, and a caller varying one could otherwise make every request a miss.
 */
export function cacheKey(
  operation: Operation,
  params: GraphQLParams,
  context: KeyContext,
  declared: readonly string[] | undefined,
): string {
  return canonicalJson([
    context.catalogVersion,
    context.origin,
    context.locale,
    context.mediaType,
    operation.key,
    // No variables and none of the declared ones give the same key, so an answer kept before an
    // isolate learned the names is found after it has.
    declared === undefined ? (params.variables ?? {}) : declaredOnly(params.variables, declared),
  ]);
}
