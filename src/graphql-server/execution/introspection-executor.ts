/**
 * Introspection (`__schema`, `__type`, `__typename`) executed without graphql-js's executor, with
 * the same resolvers and to the same result. graphql-js builds a resolve-info object, a path and a
 * promise check for every field of every type; introspection answers thousands of fields
 * (GraphiQL's query: about 8,000 nodes, 50 times the port table) from a schema that never changes,
 * so that machinery was three quarters of the costliest request the limits let through. Here each
 * selection is collected once per operation, not once per object, each field costs a call of its
 * resolver (`introspection-resolvers.ts` has faster forms of some), and the answer is written as
 * JSON text as it is completed, rather than built as objects for a writer to walk again.
 * graphql-js's rules are followed where they apply: `@skip` and `@include`, fragment conditions,
 * fields merged under one response key in first-seen order, argument coercion, leaf serialization.
 * Whatever it does not expect (a null where the schema says non-null, a field it cannot find)
 * throws `IntrospectionNotProjected`, and the caller lets graphql-js answer instead.
 */
import {
  defaultFieldResolver,
  getArgumentValues,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type FieldNode,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
} from 'graphql';
import { INTROSPECTION_JSON_STRINGS } from '../../limits.js';
import { JsonText } from '../limits/bounded-json.js';
import { collectFields, fieldDefinition, type Collecting } from './collect-fields.js';
import { introspectionResolver } from './introspection-resolvers.js';

/** Thrown where graphql-js would answer differently; the caller runs graphql-js instead. */
export class IntrospectionNotProjected extends Error {}

/** The root fields answered here. */
const INTROSPECTION_ROOT_FIELDS: ReadonlySet<string> = new Set(['__schema', '__type', '__typename']);

/** True for a root field that is answered here; `__typename` is answered by either executor. */
export const isIntrospectionRootField = (name: string): boolean => INTROSPECTION_ROOT_FIELDS.has(name);

/**
 * Completes a resolved value as graphql-js's `completeValue` does for one field's type, into the
 * JSON text `JSON.stringify` would write for the completed value.
 */
type Complete = (value: unknown) => string;

/** One response key of a selection: the field, and what is the same for every object it is read from. */
interface PlannedField {
  readonly key: string;
  /** `"key":`, after a comma for every member but the first. */
  readonly prefix: string;
  readonly resolve: GraphQLFieldResolver<unknown, unknown>;
  readonly args: Record<string, unknown>;
  readonly info: GraphQLResolveInfo;
  readonly complete: Complete;
}

/** The field `name` of `type` as graphql-js finds it, meta fields included. */
function fieldOf(run: Collecting, type: GraphQLObjectType, name: string): GraphQLField<unknown, unknown> {
  const field = fieldDefinition(run.schema, type, name);
  if (field === undefined) throw new IntrospectionNotProjected(`${type.name}.${name}`);
  return field;
}

/** The plan for `fields` of `type`: per response key what every object selected this way shares. */
export function planFields(
  run: Collecting,
  type: GraphQLObjectType,
  fields: ReadonlyMap<string, readonly FieldNode[]>,
): readonly PlannedField[] {
  const plan: PlannedField[] = [];
  for (const [key, nodes] of fields) {
    // The root's members are put together as an object, which would take this key as its prototype.
    if (key === '__proto__') throw new IntrospectionNotProjected(key);
    // A response key is a GraphQL name, which JSON writes as it is.
    const prefix = `${plan.length === 0 ? '' : ','}"${key}":`;
    const first = nodes[0] as FieldNode;
    const field = fieldOf(run, type, first.name.value);
    const info = {
      fieldName: field.name,
      fieldNodes: nodes,
      returnType: field.type,
      parentType: type,
      schema: run.schema,
      variableValues: run.variableValues,
    } as unknown as GraphQLResolveInfo;
    plan.push({
      key,
      prefix,
      resolve: introspectionResolver(field) ?? defaultFieldResolver,
      args: getArgumentValues(field, first, run.variableValues),
      info,
      complete: completer(run, field.type, nodes),
    });
  }
  return plan;
}

/**
 * Strings already written as JSON: the schema's names and descriptions come again in every
 * answer, and writing them (a scan for characters to escape and a copy) was a third of the time
 * introspection took to complete.
 */
const jsonStrings = new Map<string, string>();

/** `value` as `JSON.stringify` writes it. */
function jsonString(value: string): string {
  let text = jsonStrings.get(value);
  if (text === undefined) {
    text = JSON.stringify(value);
    if (jsonStrings.size < INTROSPECTION_JSON_STRINGS) jsonStrings.set(value, text);
  }
  return text;
}

/**
 * graphql-js's `completeValue` for `type`, selected by `nodes`, worked out once per field of the
 * operation rather than for every value: the type's wrappers are read here, so completing a value
 * is a call per wrapper. An object's plan is made when the first object comes, so a field whose
 * value is always null plans nothing.
 */
function completer(run: Collecting, type: GraphQLOutputType, nodes: readonly FieldNode[]): Complete {
  if (isNonNullType(type)) {
    const inner = completer(run, type.ofType, nodes);
    return (value) => {
      const completed = inner(value);
      if (completed === 'null') throw new IntrospectionNotProjected('null where the schema says non-null');
      return completed;
    };
  }
  const orNull =
    (complete: Complete): Complete =>
    (value) =>
      value === null || value === undefined ? 'null' : complete(value);
  if (isListType(type)) {
    const item = completer(run, type.ofType, nodes);
    return orNull((value) => {
      if (!Array.isArray(value)) throw new IntrospectionNotProjected('a list that is not an array');
      let text = '[';
      for (let index = 0; index < value.length; index += 1) text += (index === 0 ? '' : ',') + item(value[index]);
      return `${text}]`;
    });
  }
  if (isLeafType(type)) {
    return orNull((value) => {
      const serialized: unknown = type.serialize(value);
      const text =
        typeof serialized === 'string' ? jsonString(serialized) : (JSON.stringify(serialized) as string | undefined);
      if (text === undefined) throw new IntrospectionNotProjected(`${type.name} serialized to nothing`);
      return text;
    });
  }
  if (!isObjectType(type)) throw new IntrospectionNotProjected(`${type.name} is abstract`);
  let plan: readonly PlannedField[] | undefined;
  return orNull((value) => {
    if (plan === undefined) {
      const below = nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
      plan = planFields(run, type, collectFields(run, type, below));
    }
    return executeFields(plan, value);
  });
}

/** The JSON text of the object `plan` selects from `source`, each field resolved by its own resolver. */
function executeFields(plan: readonly PlannedField[], source: unknown): string {
  let text = '{';
  for (const { prefix, resolve, args, info, complete } of plan) {
    text += prefix + complete(resolve(source, args, undefined, info));
  }
  return `${text}}`;
}

/** The root fields `plan` selects, each as its JSON text, by response key. */
export function executeRootFields(plan: readonly PlannedField[], rootValue: unknown): Map<string, JsonText> {
  const members = new Map<string, JsonText>();
  for (const { key, resolve, args, info, complete } of plan) {
    members.set(key, new JsonText(complete(resolve(rootValue, args, undefined, info))));
  }
  return members;
}
