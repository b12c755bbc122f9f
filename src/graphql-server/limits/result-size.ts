/**
 * The most nodes an operation's result can hold, computed from the document before it runs. A
 * node is every value in the response: each field's value, and each item of a list (scalars in
 * lists too). graphql-armor's cost counts a field once whatever its list returns, so cyclic lists
 * (Guide.protocols ↔ Protocol.guides) multiply unseen; here each list field is multiplied by the
 * most items it can return (`ListBounds`).
 *
 * Fields are collected the way graphql-js executes them (`execution/collect-fields.ts`). A field of
 * an abstract type counts as its largest possible type.
 */
import {
  getNullableType,
  getOperationAST,
  isAbstractType,
  isListType,
  isObjectType,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  type DocumentNode,
  type FieldNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { collectFields, fieldDefinition, fragmentsOf, type Collecting } from '../execution/collect-fields.js';

/** The most items each list field returns, by schema coordinate (`Type.field`). */
export type ListBounds = ReadonlyMap<string, number>;

/** What the bound is computed from: a validated document and its coerced variables. */
interface ResultSizeInput {
  readonly schema: GraphQLSchema;
  readonly document: DocumentNode;
  readonly operationName?: string | null | undefined;
  /** The operation's variables as graphql-js coerces them (`getVariableValues`). */
  readonly variableValues: Readonly<Record<string, unknown>>;
  readonly listBounds: ListBounds;
}

interface Walk extends ResultSizeInput, Collecting {
  /**
   * Counts of fields selected by one node, by parent type. A fragment spread under many aliases
   * is one set of nodes, so each is counted once however often the walk reaches it.
   */
  readonly counted: WeakMap<FieldNode, Map<GraphQLObjectType, number>>;
  /** Set once a field of an introspection type is selected under an alias. */
  readonly aliased: { inIntrospection: boolean };
}

/**
 * The most result nodes an operation can produce, in two parts: what introspection's root fields
 * (`__schema`, `__type`) can return, whose bounds are far looser than the catalog's (every type
 * counted with the most fields any type has), and everything else.
 */
export interface ResultNodeBound {
  readonly data: number;
  readonly introspection: number;
  /** How many response keys of the operation's root are introspection's (`__schema`, `__type`). */
  readonly introspectionRoots: number;
  /** True when a field inside introspection is selected under an alias, which no real client does. */
  readonly aliasesInIntrospection: boolean;
}

const INTROSPECTION_ROOTS: ReadonlySet<GraphQLField<unknown, unknown>> = new Set([
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
]);

/**
 * The most result nodes the operation can produce; none when the document has no such operation
 * (execution then reports that itself).
 * @throws Error when the operation selects a list field without a bound: one added to the schema
 *   and not to `ListBounds`, which a test catches first.
 */
export function resultNodeBound(input: ResultSizeInput): ResultNodeBound {
  const operation = getOperationAST(input.document, input.operationName);
  const root = operation && input.schema.getRootType(operation.operation);
  const bound = { data: 0, introspection: 0, introspectionRoots: 0, aliasesInIntrospection: false };
  if (!operation || !root) return bound;
  const fragments = fragmentsOf(input.document);
  const walk = { ...input, fragments, counted: new WeakMap(), aliased: { inIntrospection: false } };
  for (const nodes of collectFields(walk, root, [operation.selectionSet]).values()) {
    const definition = fieldDefinition(input.schema, root, (nodes[0] as FieldNode).name.value);
    const part = definition !== undefined && INTROSPECTION_ROOTS.has(definition) ? 'introspection' : 'data';
    bound[part] += countField(walk, root, nodes);
    if (part === 'introspection') bound.introspectionRoots += 1;
  }
  bound.aliasesInIntrospection = walk.aliased.inIntrospection;
  return bound;
}

/** The nodes of the fields `selectionSets` select on an object of `type`. */
function countSelections(walk: Walk, type: GraphQLObjectType, selectionSets: readonly SelectionSetNode[]): number {
  let total = 0;
  for (const nodes of collectFields(walk, type, selectionSets).values()) total += countField(walk, type, nodes);
  return total;
}

/** The nodes one response key (every node selecting it) of an object of `type` holds: its own and those below it. */
function countField(walk: Walk, type: GraphQLObjectType, nodes: readonly FieldNode[]): number {
  // Only a key selected by one node is remembered: merged nodes come together differently each time.
  const node = nodes.length === 1 ? nodes[0] : undefined;
  const known = node && walk.counted.get(node)?.get(type);
  if (known !== undefined) return known;
  const count = countFieldNodes(walk, type, nodes);
  if (node) walk.counted.set(node, (walk.counted.get(node) ?? new Map<GraphQLObjectType, number>()).set(type, count));
  return count;
}

/** What `countField` counts, worked out afresh. */
function countFieldNodes(walk: Walk, type: GraphQLObjectType, nodes: readonly FieldNode[]): number {
  const name = (nodes[0] as FieldNode).name.value;
  const definition = fieldDefinition(walk.schema, type, name);
  // Validation has refused unknown fields; one reaching here would produce nothing.
  if (definition === undefined) return 0;
  // Introspection's types are named with two underscores; their lists are counted loosely, and
  // aliases would multiply them (fifteen `types` under one `__schema` answered 307 KB).
  if (type.name.startsWith('__') && nodes.some((node) => node.alias !== undefined)) walk.aliased.inIntrospection = true;
  const below = nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  return 1 + countValue(walk, `${type.name}.${name}`, definition.type, below);
}

/** The nodes below one field's own: its list's items and what they hold, or its object's fields. */
function countValue(
  walk: Walk,
  coordinate: string,
  type: GraphQLOutputType,
  selectionSets: readonly SelectionSetNode[],
): number {
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const bound = walk.listBounds.get(coordinate);
    if (bound === undefined) throw new Error(`The list field ${coordinate} has no bound on its length`);
    return bound * (1 + countValue(walk, coordinate, nullable.ofType, selectionSets));
  }
  if (isObjectType(nullable)) return countSelections(walk, nullable, selectionSets);
  if (isAbstractType(nullable)) {
    const counts = walk.schema
      .getPossibleTypes(nullable)
      .map((possible) => countSelections(walk, possible, selectionSets));
    return Math.max(0, ...counts);
  }
  return 0;
}
