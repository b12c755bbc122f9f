/**
 * Identity of objects that have or reach texts. Normalized client caches (Apollo Client's
 * InMemoryCache, urql's graphcache) store each object once under `__typename` and `id` unless told
 * otherwise, so an `id` shared by the English and the German object lets one language overwrite
 * the other in a frontend. `id` therefore names the object as served, in one locale; the identifier
 * a partner stores or passes back is the same in every locale, in a field named for the type.
 */
import type { SchemaTypes } from './builder.js';
import { textLocale } from './locale/scope.js';

interface Identity<Parent> {
  /** The locale-independent identifier of the object. */
  readonly stableId: (parent: Parent) => string;
  /** An identifier as it looks, for the descriptions. */
  readonly example: string;
  /** What a partner does with the identifier: where it is passed, what it names. */
  readonly use: string;
}

/**
 * `id`, the cache identity of the object in the locale its texts are in, and `<name>`, its
 * identifier in every locale (`endpointId` for Endpoint). Every type with an `id` that has or
 * reaches texts takes both from here.
 */
export function localeQualifiedIdentity<Parent, Name extends string>(
  t: PothosSchemaTypes.ObjectFieldBuilder<SchemaTypes, Parent>,
  name: Name,
  { stableId, example, use }: Identity<Parent>,
) {
  const id = t.id({
    description: `The cache identity of this object as served: \`${name}\` qualified by the language of the texts in and below it, for example \`de/${example}\`. It differs between English and German, so caches that key objects by \`__typename\` and \`id\` (Apollo Client, urql graphcache) keep the two apart. Treat it as opaque and pass it to no argument; to store, compare or pass back an identifier, use \`${name}\`.`,
    resolve: (parent, _args, ctx, info) => `${textLocale(ctx, info)}/${stableId(parent)}`,
  });
  const stable = t.id({
    description: `Stable identifier, the same in every language, for example \`${example}\`. ${use}`,
    resolve: (parent) => stableId(parent),
  });
  return { id, [name]: stable } as { id: typeof id } & Record<Name, typeof stable>;
}
