/**
 * Yoga writes every result in the media type the route negotiated (`http/media-type.ts`), which
 * honours Accept's quality values; Yoga's own choice takes the first type listed, even at `q=0`.
 *
 * When the answer cache makes the Response it sends from the text (`textOnly`), a result whose
 * text the byte cap wrote (every result without errors: `outcome.body`) gets a Response without
 * a body. Yoga's Response would otherwise turn the text into bytes only to be dropped, which for
 * GraphiQL's introspection (114 KB) was a thirteenth of the request.
 */
import { processRegularResult, type Plugin } from 'graphql-yoga';
import type { ServerContext } from './server-context.js';

type FetchAPI = Parameters<typeof processRegularResult>[1];

/** A Response made without the body it is handed: its status and headers are all that is read. */
class BodylessResponse extends Response {
  constructor(_body?: BodyInit | null, init?: ResponseInit) {
    super(null, init);
  }
}

const bodyless = new WeakMap<FetchAPI, FetchAPI>();

/** `fetchAPI` making Responses without bodies. */
function withoutBodies(fetchAPI: FetchAPI): FetchAPI {
  let made = bodyless.get(fetchAPI);
  if (made === undefined) {
    made = { ...fetchAPI, Response: BodylessResponse };
    bodyless.set(fetchAPI, made);
  }
  return made;
}

/** The Yoga plugin that sets the negotiated media type's processor for every result. */
export function useNegotiatedMediaType(): Plugin<object, ServerContext> {
  return {
    // Yoga's own processors are chosen in a plugin that runs before any of ours, so this one
    // has the last word. The processor runs after every plugin's `onResultProcess`, when
    // `outcome.body` holds what the byte cap wrote.
    onResultProcess(payload) {
      const { outcome, mediaType, textOnly } = payload.serverContext;
      payload.setResultProcessor(
        (result, fetchAPI, accepted) =>
          processRegularResult(
            result,
            textOnly && outcome.body !== undefined ? withoutBodies(fetchAPI) : fetchAPI,
            accepted,
          ),
        mediaType,
      );
    },
  };
}
