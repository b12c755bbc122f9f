/**
 * The Yoga plugin that refuses, before it runs, an operation whose result could hold more nodes
 * than the limit (`result-size.ts` counts them). The other limits look at the document alone and
 * miss what lists multiply: 120 characters through Guide.protocols ↔ Protocol.guides answered
 * 248 MB. The refusal is a 400 whose single error names the limit and the count, in the other
 * limits' error shape.
 */
import { getOperationAST, getVariableValues, type DocumentNode, type ExecutionArgs } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import {
  MAX_INTROSPECTION_RESULT_NODES,
  MAX_INTROSPECTION_ROOT_FIELDS,
  MAX_RESULT_NODES,
  RESULT_NODE_BOUNDS_PER_DOCUMENT,
} from '../../limits.js';
import { limitError } from './operation-limits.js';
import { resultNodeBound, type ListBounds, type ResultNodeBound } from './result-size.js';

/** The `extensions.code` of the refusal for too many nodes. */
export const RESULT_NODES_CODE = 'MAX_RESULT_NODES_EXCEEDED';

/** The `extensions.code` of the refusal for too many introspection root fields. */
export const INTROSPECTION_FIELDS_CODE = 'MAX_INTROSPECTION_FIELDS_EXCEEDED';

/** The most result nodes an operation may have, for introspection and for everything else. */
export interface ResultNodeLimits {
  readonly data: number;
  readonly introspection: number;
  /** The most `__schema` and `__type` fields (aliases counted) at the operation's root. */
  readonly introspectionRoots: number;
}

/** Why an operation with `bound` is refused under `limits`, or undefined when it is not. */
function overLimit(bound: ResultNodeBound, limits: ResultNodeLimits): { code: string; message: string } | undefined {
  if (bound.data > limits.data) {
    const message = `Result node limit of ${limits.data} exceeded: the operation can return up to ${bound.data} nodes.`;
    return { code: RESULT_NODES_CODE, message };
  }
  if (bound.aliasesInIntrospection) {
    const message = 'Introspection fields may not be aliased: ask for each once, as introspection queries do.';
    return { code: INTROSPECTION_FIELDS_CODE, message };
  }
  if (bound.introspectionRoots > limits.introspectionRoots) {
    const message = `Introspection field limit of ${limits.introspectionRoots} exceeded: the operation asks for __schema or __type ${bound.introspectionRoots} times; ask once.`;
    return { code: INTROSPECTION_FIELDS_CODE, message };
  }
  if (bound.introspection > limits.introspection) {
    const message = `Introspection result node limit of ${limits.introspection} exceeded: the operation's introspection can return up to ${bound.introspection} nodes.`;
    return { code: RESULT_NODES_CODE, message };
  }
  return undefined;
}

/** The limits the API serves with (`limits.ts`). */
const RESULT_NODE_LIMITS: ResultNodeLimits = {
  data: MAX_RESULT_NODES,
  introspection: MAX_INTROSPECTION_RESULT_NODES,
  introspectionRoots: MAX_INTROSPECTION_ROOT_FIELDS,
};

/** The plugin refusing operations over `limits`, counting each list at `listBounds`. */
export function useResultNodeLimit(listBounds: ListBounds, limits = RESULT_NODE_LIMITS): Plugin {
  // Yoga hands a repeated document's text the same parsed document (its parser cache), so a
  // repeat reuses the bound; entries go with the document when that cache lets it go.
  const known = new WeakMap<DocumentNode, Map<string, ResultNodeBound>>();
  return {
    onExecute({ args, setResultAndStopExecution }) {
      // Envelop's types leave graphql-js's out; Yoga passes graphql-js's own.
      const { schema, document, operationName, variableValues } = args as ExecutionArgs;
      const key = JSON.stringify([operationName ?? null, variableValues ?? null]);
      let bounds = known.get(document);
      let bound = bounds?.get(key);
      if (bound === undefined) {
        const operation = getOperationAST(document, operationName);
        const variables =
          operation && getVariableValues(schema, operation.variableDefinitions ?? [], variableValues ?? {});
        // Execution refuses a missing operation or bad variables itself, before any resolver runs.
        if (variables?.coerced === undefined) return;
        bound = resultNodeBound({ schema, document, operationName, variableValues: variables.coerced, listBounds });
        if (bounds === undefined || bounds.size >= RESULT_NODE_BOUNDS_PER_DOCUMENT) {
          bounds = new Map();
          known.set(document, bounds);
        }
        bounds.set(key, bound);
      }
      const refusal = overLimit(bound, limits);
      if (refusal !== undefined) setResultAndStopExecution({ errors: [limitError(refusal.code, refusal.message)] });
    },
  };
}
