/**
 * Counting result nodes both ways: the bound `result-size.ts` computes before an operation runs,
 * with the list bounds the Worker serves with, and the nodes an executed result really holds.
 */
import { execute, getOperationAST, getVariableValues, parse, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { catalog, servedCatalogVersion } from '../../src/catalog/catalog.js';
import { operationContext, type Context } from '../../src/graphql/context.js';
import { schema } from '../../src/graphql/schema.js';
import { listBounds } from '../../src/graphql-server/limits/list-bounds.js';
import { resultNodeBound, type ResultNodeBound } from '../../src/graphql-server/limits/result-size.js';

/** The bounds the Worker counts with. */
export const SERVED_LIST_BOUNDS = listBounds(schema, catalog);

/** The bound of `query` run with `variables`, as the Worker computes it. */
export function boundOf(
  query: string,
  variables: Readonly<Record<string, unknown>> = {},
  operationName?: string,
): ResultNodeBound {
  const document = parse(query);
  const operation = getOperationAST(document, operationName);
  const coerced = getVariableValues(schema, operation?.variableDefinitions ?? [], variables);
  if (coerced.coerced === undefined) throw new Error(`Bad variables: ${JSON.stringify(coerced.errors)}`);
  return resultNodeBound({
    schema,
    document,
    operationName,
    variableValues: coerced.coerced,
    listBounds: SERVED_LIST_BOUNDS,
  });
}

/** The nodes below a value: a list's items and what they hold, an object's fields and theirs. */
function nodesBelow(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + 1 + nodesBelow(item), 0);
  if (value !== null && typeof value === 'object') {
    return Object.values(value).reduce((sum: number, field) => sum + 1 + nodesBelow(field), 0);
  }
  return 0;
}

/** The nodes `result.data` holds: every field value and every list item. */
export const resultNodes = (result: ExecutionResult): number => nodesBelow(result.data ?? null);

/** What graphql-js executes `query` with: the served schema, and the context Yoga builds from the catalog. */
export async function executionArgs(
  query: string,
  variables: Readonly<Record<string, unknown>> = {},
  operationName?: string,
): Promise<ExecutionArgs> {
  const contextValue: Context = operationContext({
    catalog,
    catalogVersion: await servedCatalogVersion(),
    locale: 'en',
    origin: 'http://127.0.0.1',
  });
  return { schema, document: parse(query), variableValues: variables, operationName, contextValue };
}

/** `query` executed by graphql-js against the served schema and catalog, with the context Yoga builds. */
export async function executed(
  query: string,
  variables: Readonly<Record<string, unknown>> = {},
  operationName?: string,
): Promise<ExecutionResult> {
  return execute(await executionArgs(query, variables, operationName));
}
