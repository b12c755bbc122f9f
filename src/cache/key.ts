/**
 * The canonical key of a GraphQL request: the same operation gives the same key whatever its
 * white space, comments or variable order; anything that can change the answer (document,
 * variables, operation name, persisted-query hash, origin, response media type, locale, catalog
 * version)
 * is part of it. Built without parsing the document: `stripIgnoredCharacters` only lexes it.
 */
import { stripIgnoredCharacters } from 'graphql';
import { persistedQueryHash } from '../lib/persisted-query.js';
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

/** The document without comments and insignificant white space, or undefined if it does not lex. */
function canonicalDocument(query: string): string | undefined {
  try {
    return stripIgnoredCharacters(query);
  } catch {
    return undefined;
  }
}

export interface KeyContext {
  /** Where the request was sent: answers may link back to it (autoconfig's guide pages). */
  readonly origin: string;
  /** The request's Accept header: it picks the response media type. */
  readonly accept: string;
  readonly locale: string;
  readonly catalogVersion: string;
}

/**
 * The cache key of a request, or undefined when the request cannot have a cacheable answer
 * (no document and no persisted-query hash, or a document that does not even lex).
 */
export function cacheKey(params: GraphQLParams, context: KeyContext): string | undefined {
  const hash = persistedQueryHash(params.extensions);
  const document = params.query === undefined ? '' : canonicalDocument(params.query);
  if (document === undefined || (document === '' && hash === undefined)) return undefined;
  return canonicalJson([
    context.catalogVersion,
    context.origin,
    context.locale,
    context.accept.replace(/\s+/g, '').toLowerCase(),
    params.operationName ?? null,
    hash ?? null,
    document,
    params.variables ?? null,
  ]);
}
