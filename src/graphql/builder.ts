/**
 * The Pothos schema builder and its configuration. Types and query fields live in their own
 * files; `schema.ts` brings them together.
 */
import SchemaBuilder from '@pothos/core';
import type { Context } from './context.js';
import './locale/plugin.js';

/**
 * Output fields are non-null unless marked `nullable`: a partner can rely on every listed value
 * being there. Arguments and input fields stay optional unless marked `required`.
 */
export const builder = new SchemaBuilder<{ Context: Context; DefaultFieldNullability: false }>({
  defaultFieldNullability: false,
  plugins: ['rootLocale'],
});

/** The builder's schema types, for helpers that build arguments outside a single field. */
export type SchemaTypes = typeof builder.$inferSchemaTypes;
