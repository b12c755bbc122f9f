/**
 * Generated operations over the real schema for property tests: random selection sets to a
 * bounded depth, with aliases that multiply lists, fields selected twice and merged, inline and
 * named fragments (reused, too), `@include` and `@skip` with a variable, arguments of every
 * kind, and now and then introspection. Each is a valid operation, whose arguments mostly make
 * sense, so that most results hold data.
 */
import fc, { type GeneratorValue } from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isNonNullType,
  isObjectType,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { catalog } from '../../src/catalog/catalog.js';
import { schema } from '../../src/graphql/schema.js';

export interface GeneratedOperation {
  readonly query: string;
  readonly variables: Record<string, unknown>;
  readonly operationName: string;
}

/** Selection sets drawn this many levels down hold only `__typename`. */
const MAX_DEPTH = 4;

/** Values for string and ID arguments, by name: mostly ones that exist, one in several not. */
const STRING_ARGUMENTS: Readonly<Record<string, readonly string[]>> = {
  id: [...catalog.guides.map((guide) => guide.id), ...catalog.providers.map((provider) => provider.id), 'nope'],
  providerId: [...Array.from({ length: 4 }, () => catalog.providers.map((provider) => provider.id)).flat(), 'nope'],
  emailAddress: ['anna@routing.net', 'bob@example.com', 'jörg@münchen.de', 'x@routing.net.', 'not an address'],
  name: [...Object.keys(schema.getTypeMap()), 'Nope'],
};

const INTS = [1, 2, 3, 25, 143, 587, 993];

/** What one operation being generated has so far. */
interface Draft {
  readonly g: GeneratorValue;
  readonly fragments: string[];
  /** Named fragments by type, with the depth their selections were drawn at, for reuse. */
  readonly fragmentsOn: Map<string, { readonly name: string; readonly depth: number }[]>;
  keys: number;
  usesFlag: boolean;
  /** How often the root offers `__schema` and `__type` instead of the query type's own fields. */
  readonly introspection: number;
}

/**
 * A whole number from 0 to `max`, each as likely: fast-check's bias towards small values would
 * make nearly every choice the first one and nearly every chance come true.
 */
const uniform = (max: number) => fc.noBias(fc.nat({ max }));
const chance = (draft: Draft, probability: number) => draft.g(uniform, 999) < probability * 1000;
const oneOf = <T>(draft: Draft, values: readonly T[]): T => values[draft.g(uniform, values.length - 1)] as T;

/** A literal for an input of `type`, or undefined to leave an optional one out. */
function inputLiteral(draft: Draft, type: GraphQLInputType, name: string, required: boolean): string | undefined {
  if (!required && !chance(draft, 0.4)) return undefined;
  const named = getNamedType(type);
  if (isEnumType(named)) return oneOf(draft, named.getValues()).name;
  if (isInputObjectType(named)) {
    const fields = Object.values(named.getFields());
    // A @oneOf input takes exactly one of its fields, given a value.
    if (named.isOneOf) {
      const field = oneOf(draft, fields);
      return `{ ${field.name}: ${inputLiteral(draft, field.type, field.name, true) ?? 'null'} }`;
    }
    return `{ ${inputsOf(draft, fields).join(', ')} }`;
  }
  if (named.name === 'Boolean') return String(chance(draft, 0.5));
  if (named.name === 'Int') return String(oneOf(draft, INTS));
  return JSON.stringify(oneOf(draft, STRING_ARGUMENTS[name] ?? ['x']));
}

/** `name: value` for each of `inputs` (arguments or input fields) given one; required ones always are. */
function inputsOf(draft: Draft, inputs: readonly (GraphQLArgument | GraphQLInputField)[]): string[] {
  return inputs.flatMap((input) => {
    const required = isNonNullType(input.type) && input.defaultValue === undefined;
    const literal = inputLiteral(draft, input.type, input.name, required);
    return literal === undefined ? [] : [`${input.name}: ${literal}`];
  });
}

/** `@include` or `@skip`, now and then, with the variable or a constant. */
function directive(draft: Draft): string {
  if (!chance(draft, 0.15)) return '';
  const condition = chance(draft, 0.7) ? '$flag' : String(chance(draft, 0.5));
  if (condition === '$flag') draft.usesFlag = true;
  return ` @${oneOf(draft, ['include', 'skip'])}(if: ${condition})`;
}

/**
 * The lists graphql-js's introspection-depth rule counts: three nested on one path are refused.
 * Depth only grows along a path, so offering them above the deepest level allows two at most.
 */
const INTROSPECTION_LISTS = new Set(['fields', 'interfaces', 'possibleTypes', 'inputFields']);

/** The fields to draw from on `type` at `depth`; introspection's root fields now and then. */
function fieldsOf(draft: Draft, type: GraphQLObjectType, depth: number): GraphQLField<unknown, unknown>[] {
  const own = Object.values(type.getFields());
  if (type === schema.getQueryType()) {
    return chance(draft, draft.introspection) ? [SchemaMetaFieldDef, TypeMetaFieldDef] : own;
  }
  if (!type.name.startsWith('__') || depth < MAX_DEPTH - 1) return own;
  return own.filter((definition) => !INTROSPECTION_LISTS.has(definition.name));
}

/** One field with its arguments, alias, directive and selections. */
function field(draft: Draft, type: GraphQLObjectType, depth: number): string {
  if (chance(draft, 0.1)) return `__typename${directive(draft)}`;
  const definition = oneOf(draft, fieldsOf(draft, type, depth));
  const given = inputsOf(draft, definition.args);
  const args = given.length === 0 ? '' : `(${given.join(', ')})`;
  // Fields with arguments get keys of their own, so that no two selections of a key conflict.
  const alias = args !== '' || chance(draft, 0.2) ? `k${(draft.keys += 1)}: ` : '';
  const named = getNamedType(definition.type);
  if (!isLeafType(named) && !isObjectType(named)) throw new Error(`The generator knows no ${named.name}`);
  const below = isObjectType(named) ? ` ${selectionSet(draft, named, depth + 1)}` : '';
  return `${alias}${definition.name}${args}${directive(draft)}${below}`;
}

/**
 * One selection: mostly a field, else a fragment of `type`'s. A fragment's selections are drawn
 * one level deeper than they run, so that fragments within fragments come to an end.
 */
function selection(draft: Draft, type: GraphQLObjectType, depth: number): string {
  const reusable = (draft.fragmentsOn.get(type.name) ?? []).filter((fragment) => depth < fragment.depth);
  const kind = draft.g(uniform, 9);
  if (kind === 0 && reusable.length > 0) return `...${oneOf(draft, reusable).name}${directive(draft)}`;
  if (kind === 1) return `... on ${type.name}${directive(draft)} ${selectionSet(draft, type, depth + 1)}`;
  if (kind === 2) return `...${directive(draft)} ${selectionSet(draft, type, depth + 1)}`;
  if (kind === 3) {
    const name = `F${(draft.keys += 1)}`;
    draft.fragments.push(`fragment ${name} on ${type.name} ${selectionSet(draft, type, depth + 1)}`);
    const known = draft.fragmentsOn.get(type.name) ?? [];
    draft.fragmentsOn.set(type.name, [...known, { name, depth: depth + 1 }]);
    return `...${name}${directive(draft)}`;
  }
  return field(draft, type, depth);
}

function selectionSet(draft: Draft, type: GraphQLObjectType, depth: number): string {
  if (depth >= MAX_DEPTH) return '{ __typename }';
  const count = 1 + draft.g(uniform, 2);
  return `{ ${Array.from({ length: count }, () => selection(draft, type, depth)).join(' ')} }`;
}

/**
 * A valid operation named `Generated` over the served schema, drawn with `g`; each root field is
 * introspection with the chance `introspection`.
 */
export function generateOperation(g: GeneratorValue, introspection = 0.05): GeneratedOperation {
  const query = schema.getQueryType();
  if (!query) throw new Error('The schema has no query type');
  const draft: Draft = { g, fragments: [], fragmentsOn: new Map(), keys: 0, usesFlag: false, introspection };
  const body = selectionSet(draft, query, 0);
  const header = draft.usesFlag ? 'query Generated($flag: Boolean!)' : 'query Generated';
  return {
    query: [`${header} ${body}`, ...draft.fragments].join('\n'),
    variables: draft.usesFlag ? { flag: g(fc.boolean) } : {},
    operationName: 'Generated',
  };
}
