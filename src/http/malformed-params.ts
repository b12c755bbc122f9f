/**
 * Yoga reads the `variables` and `extensions` of a GET (and of a form POST) with a bare
 * `JSON.parse`, so malformed JSON there escaped as an unexpected error: a 500 for a caller's
 * mistake. This plugin answers it with the 400 Yoga already gives a malformed JSON POST body.
 */
import { createGraphQLError, type Plugin } from 'graphql-yoga';

/** The Yoga plugin that turns malformed JSON in request parameters into a 400. */
export function useMalformedParamsAsBadRequest(): Plugin {
  return {
    onRequestParse({ requestParser, setRequestParser }) {
      if (requestParser === undefined) return;
      setRequestParser(async (request) => {
        try {
          return await requestParser(request);
        } catch (error) {
          if (!(error instanceof SyntaxError)) throw error;
          throw createGraphQLError('The variables or extensions parameter is not valid JSON.', {
            extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
          });
        }
      });
    },
  };
}
