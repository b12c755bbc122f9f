/**
 * A GraphQL document without comments and insignificant white space, so that the same operation
 * written two ways is recognized as one: by the answer cache's key and by the trusted-document
 * allow-list. Lexed, not parsed.
 */
import { stripIgnoredCharacters } from 'graphql';

/** `query` without comments and insignificant white space, or undefined if it does not lex. */
export function canonicalDocument(query: string): string | undefined {
  try {
    return stripIgnoredCharacters(query);
  } catch {
    return undefined;
  }
}
