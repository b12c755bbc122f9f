/**
 * Content-Language from what an answer holds, not from what Accept-Language asked for. Every root
 * field is answered in the locale in force under it (its `locale` argument, else the negotiated
 * one), a caller's input error in the language it was put into, and GraphQL's own messages
 * (parse, validation, coercion, masked faults) in English. An answer in both languages says
 * `en, de`, as RFC 9110 section 8.5 allows for content meant for readers of either. The header
 * leaves Yoga as part of its response, so the answer cache keeps it with the body it describes.
 */
import type { ExecutionResult } from 'graphql';
import type { GraphQLHTTPExtensions, Plugin } from 'graphql-yoga';
import { LOCALES, type Locale } from '../catalog/types.js';
import type { Context } from '../graphql/context.js';
import { localeUnder } from '../graphql/locale/scope.js';
import { isInvalidInput } from './errors/errors.js';
import { singleResult } from './single-result.js';

const HEADER = 'Content-Language';

/** The language graphql-js, Yoga and our limits write their messages in. */
const GRAPHQL_MESSAGES: Locale = 'en';

/**
 * The languages of an executed result under `ctx`. An answer with nothing in it (every root
 * field skipped) is the negotiated reader's.
 */
function resultLanguages(result: ExecutionResult, ctx: Context): ReadonlySet<Locale> {
  const languages = new Set<Locale>();
  for (const key of Object.keys(result.data ?? {})) languages.add(localeUnder(ctx, key));
  for (const error of result.errors ?? []) {
    languages.add(isInvalidInput(error) ? localeUnder(ctx, error.path?.[0]) : GRAPHQL_MESSAGES);
  }
  if (languages.size === 0) languages.add(ctx.locale);
  return languages;
}

/** The Content-Language value naming `languages`, English first. */
const contentLanguage = (languages: ReadonlySet<Locale>): string =>
  LOCALES.filter((locale) => languages.has(locale)).join(', ');

/** What Yoga reads its response's status and headers from. */
const httpOf = (result: ExecutionResult): GraphQLHTTPExtensions | undefined =>
  result.extensions?.['http'] as GraphQLHTTPExtensions | undefined;

/** `result` with Content-Language `language`, in the extension Yoga turns into headers. */
function withLanguage(result: ExecutionResult, language: string): ExecutionResult {
  const http = httpOf(result);
  return {
    ...result,
    extensions: { ...result.extensions, http: { ...http, headers: { ...http?.headers, [HEADER]: language } } },
  };
}

/**
 * The Yoga plugin that labels every result. It must come before `useLocalizedErrors`, which
 * replaces a caller's input error by one without the original error that tells it apart.
 */
export function useContentLanguage(): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ args, result: outcome, setResult }) {
          const result = singleResult(outcome);
          if (result === undefined) return;
          const ctx = args.contextValue as unknown as Context;
          setResult(withLanguage(result, contentLanguage(resultLanguages(result, ctx))));
        },
      };
    },
    // A result that never reached execution holds only GraphQL's own messages.
    onResultProcess(payload) {
      const result = singleResult(payload.result);
      if (result === undefined || httpOf(result)?.headers?.[HEADER] !== undefined) return;
      payload.setResult(withLanguage(result, GRAPHQL_MESSAGES));
    },
  };
}
