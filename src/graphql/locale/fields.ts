/**
 * Locale: which language texts come in. Every root field that returns text takes a `locale`
 * argument that applies to everything below it; without one, the `Accept-Language` header
 * decides, then English. Types with text say which locale they used.
 */
import type { ArgBuilder } from '@pothos/core';
import { LOCALES, type Locale, type LocalizedText } from '../../catalog/types.js';
import { localize } from '../../domain/texts.js';
import { builder, type SchemaTypes } from '../builder.js';
import { textLocale } from './scope.js';

const LOCALE_DESCRIPTIONS = {
  en: 'English, the language used when nothing else is asked for.',
  de: 'German (Deutsch). Technical terms such as IMAP, SSL/TLS and STARTTLS stay as they are.',
} satisfies Record<Locale, string>;

/** One value per supported locale, named by its language code in capitals. */
const LocaleEnum = builder.enumType('Locale', {
  description: 'A language the API writes its texts in.',
  values: Object.fromEntries(
    LOCALES.map((locale) => [locale.toUpperCase(), { value: locale, description: LOCALE_DESCRIPTIONS[locale] }]),
  ) as Record<Uppercase<Locale>, { value: Locale; description: string }>,
});

/** `locale: Locale`, for root fields; the root-locale plugin applies it to everything below. */
export const localeArg = (arg: ArgBuilder<SchemaTypes>) =>
  arg({
    type: LocaleEnum,
    description:
      'The language of every text below this field. Left out: the language the Accept-Language header prefers (de, de-AT and de-CH mean German), else English.',
  });

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
