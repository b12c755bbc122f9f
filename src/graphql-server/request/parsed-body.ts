/**
 * The Yoga plugin that hands Yoga a POST's parameters the answer cache already parsed: the body
 * has been read once, to look for a kept answer, and reading and parsing it again cost a copy of
 * the request, a stream read and a `JSON.parse` for every executed POST. The object is what
 * Yoga's own JSON parser would give for the same text, so Yoga's checks of the parameters
 * (unknown ones, wrong types) see the same thing. A request without it is parsed by Yoga itself.
 */
import type { GraphQLParams, Plugin } from 'graphql-yoga';
import type { ServerContext } from '../server-context.js';

export function useParsedBody(): Plugin<object, ServerContext> {
  return {
    // Yoga's own parsers are chosen in plugins that run before any of ours: this one has the last word.
    onRequestParse({ serverContext, setRequestParser }) {
      const { body } = serverContext as Partial<ServerContext>;
      if (body !== undefined) setRequestParser(() => body as GraphQLParams);
    },
  };
}
