/**
 * Locale: which language texts come in. Every root field that returns text takes a `locale`
 * argument that applies to everything below it; without one, the `Accept-Language` header
 * decides, then English. Types with text say which locale they used.
 */
import type { ArgBuilder } from '@pothos/core';
import type { GraphQLResolveInfo } from 'graphql';
import type { Locale, LocalizedText } from '../catalog/types.js';
import { localize } from '../domain/texts.js';
import { builder, type Context, type SchemaTypes } from './builder.js';

export const LocaleEnum = builder.enumType('Locale', {
  description: 'A language the API writes its texts in.',
  values: {
    EN: { value: 'en', description: 'English, the language used when nothing else is asked for.' },
    DE: {
      value: 'de',
      description: 'German (Deutsch). Technical terms such as IMAP, SSL/TLS and STARTTLS stay as they are.',
    },
  } as const,
});

/** `locale: Locale`, for root fields. */
export const localeArg = (arg: ArgBuilder<SchemaTypes>) =>
  arg({
    type: LocaleEnum,
    description:
      'The language of every text below this field. Left out: the language the Accept-Language header prefers (de, de-AT and de-CH mean German), else English.',
  });

type Path = GraphQLResolveInfo['path'];

/** The response key of the root field a path lies under. */
function rootKey(path: Path): string {
  let root = path;
  while (root.prev !== undefined) root = root.prev;
  return String(root.key);
}

/** Records a root field's `locale` argument for the fields below it. */
export function useLocaleArgument(ctx: Context, info: GraphQLResolveInfo, requested: Locale | null | undefined): void {
  if (requested != null) ctx.localeOverrides.set(rootKey(info.path), requested);
}

/** The locale of texts under the root field with response key `key`. */
export function localeUnder(ctx: Context, key: string | number | undefined): Locale {
  return (key !== undefined && ctx.localeOverrides.get(String(key))) || ctx.locale;
}

/** The locale of the texts a resolver returns. */
export const textLocale = (ctx: Context, info: GraphQLResolveInfo): Locale => localeUnder(ctx, rootKey(info.path));

/** The `locale` field of a type with texts: which locale they came in. */
export const localeField = <Parent>(t: PothosSchemaTypes.ObjectFieldBuilder<SchemaTypes, Parent>) =>
  t.field({
    type: LocaleEnum,
    description: "The language this object's texts are written in.",
    resolve: (_parent, _args, ctx, info) => textLocale(ctx, info),
  });

/** A `String!` field with a text of the parent, in the locale in force. */
export const localizedString = <Parent>(
  t: PothosSchemaTypes.ObjectFieldBuilder<SchemaTypes, Parent>,
  description: string,
  text: (parent: Parent) => LocalizedText,
) => t.string({ description, resolve: (parent, _args, ctx, info) => localize(text(parent), textLocale(ctx, info)) });

/** A `[String!]!` field with texts of the parent, in the locale in force. */
export const localizedStrings = <Parent>(
  t: PothosSchemaTypes.ObjectFieldBuilder<SchemaTypes, Parent>,
  description: string,
  texts: (parent: Parent) => readonly LocalizedText[],
) =>
  t.stringList({
    description,
    resolve: (parent, _args, ctx, info) => texts(parent).map((text) => localize(text, textLocale(ctx, info))),
  });
