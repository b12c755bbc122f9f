/**
 * The Yoga plugin that answers an operation's `__schema` and `__type` with the introspection
 * executor (`introspection-executor.ts`) and leaves the rest to graphql-js: an operation asking
 * for nothing else never reaches graphql-js's executor, and one that also asks for ordinary fields
 * has those executed by graphql-js in a copy of the operation without the introspection, the two
 * answers then put together in the order graphql-js would give. An operation without either
 * field, or anything the executor does not expect, is left to graphql-js whole.
 */
import {
  getOperationAST,
  getVariableValues,
  Kind,
  OperationTypeNode,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type FieldNode,
  type OperationDefinitionNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { collectFields, fragmentsOf } from './collect-fields.js';
import {
  executeRootFields,
  IntrospectionNotProjected,
  isIntrospectionRootField,
  planFields,
} from './introspection-executor.js';

type Execute = (args: ExecutionArgs) => ExecutionResult | Promise<ExecutionResult>;

/** Could `document` ask for `__schema` or `__type`? False only when its text shows that it cannot. */
function mayIntrospect(document: DocumentNode): boolean {
  const text = document.loc?.source.body;
  return text === undefined || /__schema|__type(?!name)/.test(text);
}

/** `document` with `operation` selecting only `fields` at its root (fragments stay for their use deeper down). */
function withRootFields(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  fields: readonly FieldNode[],
): DocumentNode {
  const selectionSet = { kind: Kind.SELECTION_SET, selections: fields } as const;
  return {
    ...document,
    definitions: document.definitions.map((definition) =>
      definition === operation ? { ...operation, selectionSet } : definition,
    ),
  };
}

/** `args` executed with introspection answered by the executor, and the rest by `execute`. */
export function executeWithIntrospection(args: ExecutionArgs, execute: Execute): ReturnType<Execute> {
  const { schema, document, operationName, variableValues } = args;
  const operation = getOperationAST(document, operationName);
  const queryType = schema.getQueryType();
  if (operation?.operation !== OperationTypeNode.QUERY || queryType == null) return execute(args);
  const definitions = operation.variableDefinitions ?? [];
  const variables =
    definitions.length === 0 ? {} : getVariableValues(schema, definitions, variableValues ?? {}).coerced;
  // graphql-js reports variables it cannot coerce.
  if (variables === undefined) return execute(args);
  const run = { schema, fragments: fragmentsOf(document), variableValues: variables };
  try {
    const rootFields = collectFields(run, queryType, [operation.selectionSet]);
    const own = new Map<string, FieldNode[]>();
    const others: FieldNode[] = [];
    let introspects = false;
    for (const [key, nodes] of rootFields) {
      const name = (nodes[0] as FieldNode).name.value;
      if (!isIntrospectionRootField(name)) others.push(...nodes);
      else {
        own.set(key, nodes);
        introspects ||= name !== '__typename';
      }
    }
    if (!introspects) return execute(args);
    const projected = executeRootFields(planFields(run, queryType, own), args.rootValue);
    if (others.length === 0) return { data: Object.fromEntries(projected) };
    const merge = (result: ExecutionResult): ExecutionResult => {
      const rest = result.data;
      if (rest == null) return result;
      const data: Record<string, unknown> = {};
      for (const key of rootFields.keys()) data[key] = projected.get(key) ?? rest[key];
      return { ...result, data };
    };
    const rest = execute({ ...args, document: withRootFields(document, operation, others) });
    return rest instanceof Promise ? rest.then(merge) : merge(rest);
  } catch (error) {
    if (error instanceof IntrospectionNotProjected) return execute(args);
    throw error;
  }
}

/** The plugin; it must come after the limits that refuse an operation before it runs. */
export function useFastIntrospection(): Plugin {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      // Envelop's types leave graphql-js's out; Yoga passes graphql-js's own.
      if (!mayIntrospect(args.document as DocumentNode)) return;
      const execute = executeFn as Execute;
      setExecuteFn((executionArgs) => executeWithIntrospection(executionArgs, execute));
    },
  };
}
