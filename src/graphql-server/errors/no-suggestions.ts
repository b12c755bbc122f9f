/**
 * The Yoga plugin that takes every "Did you mean …?" out of error messages: fields, arguments,
 * types and enum values alike, from validation and from variable coercion. graphql-armor's own
 * plugin matches only the field form (`Did you mean "x"?`) and validation errors, so an enum value
 * (`Did you mean the enum value "IMAP"?`) and a variable's value still spelt the schema out.
 */
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { singleResult } from '../single-result.js';

/** The suggestion graphql-js appends to a message, with the white space before it. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/** `error` without suggestions in its message. */
function withoutSuggestions<E extends Error>(error: E): E {
  // A GraphQLError's message is read when the result is written, so it is changed in place.
  if (error.message.includes('Did you mean')) error.message = error.message.replace(SUGGESTION, '');
  return error;
}

export function useNoSuggestions(): Plugin {
  return {
    onValidate: () =>
      function onValidateEnd({ valid, result, setResult }) {
        if (!valid) setResult(result.map(withoutSuggestions));
      },
    // Variable values are coerced at execution, and their errors come with the result.
    onResultProcess({ result }) {
      for (const error of singleResult(result)?.errors ?? []) {
        if (error instanceof GraphQLError) withoutSuggestions(error);
      }
    },
  };
}
