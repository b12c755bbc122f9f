/**
 * The schema as published SDL: sorted, so that its text changes only when the schema does.
 */
import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './schema.js';

export function schemaSdl(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
