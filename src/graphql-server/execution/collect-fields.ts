/**
 * How graphql-js collects the fields an operation selects on an object, which it does not export:
 * fragments (named and inline) apply by their type condition, `@skip` and `@include` are read with
 * the coerced variables, fields with the same response key are merged in the order first seen,
 * and a named fragment spread twice in one selection set is collected once. The result-node bound
 * and the introspection executor both collect this way.
 */
import {
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  Kind,
  SchemaMetaFieldDef,
  typeFromAST,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type NamedTypeNode,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';

/** What collecting reads besides the selections: the schema, the document's fragments, the variables. */
export interface Collecting {
  readonly schema: GraphQLSchema;
  readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  /** The operation's variables as graphql-js coerces them (`getVariableValues`). */
  readonly variableValues: Readonly<Record<string, unknown>>;
}

/** The fragments `document` defines, by name. */
export function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
}

/**
 * False when `@skip` or `@include` leaves the selection out, read as execution reads them. A
 * condition that cannot be read (validation refuses such documents) keeps the selection.
 */
function isIncluded(collecting: Collecting, selection: SelectionNode): boolean {
  if (selection.directives === undefined || selection.directives.length === 0) return true;
  const variables = collecting.variableValues as Record<string, unknown>;
  try {
    if (getDirectiveValues(GraphQLSkipDirective, selection, variables)?.['if'] === true) return false;
    return getDirectiveValues(GraphQLIncludeDirective, selection, variables)?.['if'] !== false;
  } catch {
    return true;
  }
}

/** True when a fragment with `condition` applies to an object of `type`. */
function appliesTo(schema: GraphQLSchema, condition: NamedTypeNode | undefined, type: GraphQLObjectType): boolean {
  if (condition === undefined) return true;
  const conditionType = typeFromAST(schema, condition);
  if (conditionType === type) return true;
  return isAbstractType(conditionType) && schema.isSubType(conditionType, type);
}

/** The fields `selectionSets` select on an object of `type`: every node of each, by response key. */
export function collectFields(
  collecting: Collecting,
  type: GraphQLObjectType,
  selectionSets: readonly SelectionSetNode[],
): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  const visitedFragments = new Set<string>();
  const collect = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (!isIncluded(collecting, selection)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        const known = fields.get(key);
        if (known === undefined) fields.set(key, [selection]);
        else known.push(selection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (appliesTo(collecting.schema, selection.typeCondition, type)) collect(selection.selectionSet);
      } else {
        const name = selection.name.value;
        if (visitedFragments.has(name)) continue;
        visitedFragments.add(name);
        const fragment = collecting.fragments.get(name);
        if (fragment !== undefined && appliesTo(collecting.schema, fragment.typeCondition, type)) {
          collect(fragment.selectionSet);
        }
      }
    }
  };
  for (const selectionSet of selectionSets) collect(selectionSet);
  return fields;
}

/** The definition of field `name` of `type`, the meta-fields included. */
export function fieldDefinition(
  schema: GraphQLSchema,
  type: GraphQLObjectType,
  name: string,
): GraphQLField<unknown, unknown> | undefined {
  if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
  if (type === schema.getQueryType()) {
    if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
    if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  }
  return type.getFields()[name];
}
