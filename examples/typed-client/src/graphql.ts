/**
 * `graphql()` for documents against the Mail Settings API's published schema: gql.tada infers
 * each document's result and variables from `graphql-env.d.ts`, which `npm run schema` writes
 * from `schema/schema.graphql`. No code is generated per operation.
 */
import { initGraphQLTada } from 'gql.tada';
import type { introspection } from './graphql-env.js';

/** Parses a document and types it from the schema; a field the schema lacks is a type error. */
export const graphql = initGraphQLTada<{ introspection: introspection }>();

export type { ResultOf, VariablesOf } from 'gql.tada';
