/**
 * Yoga writes every result in the media type the route negotiated (`http/media-type.ts`), which
 * honours Accept's quality values; Yoga's own choice takes the first type listed, even at `q=0`.
 */
import { processRegularResult, type Plugin } from 'graphql-yoga';
import type { ServerContext } from './server-context.js';

/** The Yoga plugin that sets the negotiated media type's processor for every result. */
export function useNegotiatedMediaType(): Plugin<object, ServerContext> {
  return {
    // Yoga's own processors are chosen in a plugin that runs before any of ours, so this one
    // has the last word.
    onResultProcess(payload) {
      payload.setResultProcessor(processRegularResult, payload.serverContext.mediaType);
    },
  };
}
