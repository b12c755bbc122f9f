/**
 * The Pothos schema builder and its configuration. Types and query fields live in their own
 * files; `schema.ts` brings them together.
 */
import SchemaBuilder from '@pothos/core';
import type { CatalogData, Locale } from '../catalog/types.js';

/** What every resolver can read: the catalog being served and the reader's locale. */
export interface Context {
  readonly catalog: CatalogData;
  readonly catalogVersion: string;
  /** The locale `Accept-Language` chose, or English. */
  readonly locale: Locale;
  /** The origin the request came to, for absolute links to our own pages (autoconfig guides). */
  readonly origin: string;
  /** Locales asked for by a root field's `locale` argument, by the field's response key. */
  readonly localeOverrides: Map<string, Locale>;
}

/**
 * Output fields are non-null unless marked `nullable`: a partner can rely on every listed value
 * being there. Arguments and input fields stay optional unless marked `required`.
 */
export const builder = new SchemaBuilder<{ Context: Context; DefaultFieldNullability: false }>({
  defaultFieldNullability: false,
});

/** The builder's schema types, for helpers that build arguments outside a single field. */
export type SchemaTypes = typeof builder.$inferSchemaTypes;
