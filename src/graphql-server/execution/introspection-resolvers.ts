/**
 * Faster forms of some of graphql-js's introspection resolvers, for the introspection executor,
 * each giving what graphql-js's gives. The schema never changes, so a list a type or field holds
 * (its fields, arguments, enum values, the schema's types) is found once per isolate and given
 * again, where graphql-js builds it anew for every object of every answer; and a type's kind is
 * read off its class in one lookup, where graphql-js tries up to eight class checks in turn.
 * Together they were a quarter of the time GraphiQL's introspection took to execute.
 */
import {
  __Directive,
  __Field,
  __Schema,
  __Type,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLInterfaceType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLUnionType,
  TypeKind,
  type GraphQLField,
  type GraphQLFieldResolver,
} from 'graphql';

type Resolver = GraphQLFieldResolver<unknown, unknown>;

/** Each kind by the prototype of the class graphql-js makes that kind of type with. */
const KIND_BY_PROTOTYPE = new Map<object, TypeKind>([
  [GraphQLScalarType.prototype, TypeKind.SCALAR],
  [GraphQLObjectType.prototype, TypeKind.OBJECT],
  [GraphQLInterfaceType.prototype, TypeKind.INTERFACE],
  [GraphQLUnionType.prototype, TypeKind.UNION],
  [GraphQLEnumType.prototype, TypeKind.ENUM],
  [GraphQLInputObjectType.prototype, TypeKind.INPUT_OBJECT],
  [GraphQLList.prototype, TypeKind.LIST],
  [GraphQLNonNull.prototype, TypeKind.NON_NULL],
]);

/** `__Type.kind` read off the type's class; an instance of a subclass goes to graphql-js's. */
function kindOf(resolve: Resolver): Resolver {
  return (type, args, context, info) =>
    KIND_BY_PROTOTYPE.get(Object.getPrototypeOf(type) as object) ?? resolve(type, args, context, info);
}

/**
 * `resolve` given its first answer again for the same object and `includeDeprecated`, the only
 * argument these fields take; for resolvers whose answer depends on nothing else.
 */
function kept(resolve: Resolver): Resolver {
  const known = new WeakMap<object, Map<unknown, unknown>>();
  return (source, args: { includeDeprecated?: unknown }, context, info) => {
    let bySource = known.get(source as object);
    if (bySource === undefined) {
      bySource = new Map();
      known.set(source as object, bySource);
    }
    if (bySource.has(args.includeDeprecated)) return bySource.get(args.includeDeprecated);
    const value = resolve(source, args, context, info);
    bySource.set(args.includeDeprecated, value);
    return value;
  };
}

const field = (type: GraphQLObjectType, name: string) => type.getFields()[name] as GraphQLField<unknown, unknown>;

/** The faster resolver of each field that has one, by field. */
const FASTER = new Map<GraphQLField<unknown, unknown>, Resolver>();
const replace = (target: GraphQLField<unknown, unknown>, make: (resolve: Resolver) => Resolver) => {
  if (target.resolve !== undefined) FASTER.set(target, make(target.resolve));
};
replace(field(__Type, 'kind'), kindOf);
for (const [type, name] of [
  [__Schema, 'types'],
  [__Schema, 'directives'],
  [__Type, 'fields'],
  [__Type, 'interfaces'],
  [__Type, 'enumValues'],
  [__Type, 'inputFields'],
  [__Field, 'args'],
  [__Directive, 'args'],
] as const) {
  replace(field(type, name), kept);
}

/** The resolver the executor calls for `target`: a faster one, or graphql-js's own. */
export const introspectionResolver = (target: GraphQLField<unknown, unknown>): Resolver | undefined =>
  FASTER.get(target) ?? target.resolve;
