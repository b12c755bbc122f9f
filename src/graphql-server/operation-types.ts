/**
 * The schema answers queries only. graphql-js 16 lets a mutation or a subscription through
 * validation and fails it while executing ("Schema is not configured to execute …"): an error
 * without a code, and for a subscription a 200 without `data` even under
 * application/graphql-response+json, which the GraphQL over HTTP spec forbids. The GraphQL
 * spec's own validation rule, Operation Type Existence (graphql-js 17 has it), refuses such an
 * operation before anything runs: GRAPHQL_VALIDATION_FAILED, with the status validation errors get.
 */
import { GraphQLError, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** An operation is valid only when the schema has a root type for its kind. */
const KnownOperationTypesRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (context.getSchema().getRootType(node.operation)) return;
    context.reportError(
      new GraphQLError(`The schema has no ${node.operation} type: this API answers queries only.`, { nodes: node }),
    );
  },
});

/** The Yoga plugin that adds the rule to validation. */
export function useKnownOperationTypes(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(KnownOperationTypesRule);
    },
  };
}
