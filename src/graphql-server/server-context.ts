/**
 * What the route hands Yoga with each request, besides the request itself: the Worker's bindings,
 * and what the guard and the route already worked out, so Yoga's plugins and the GraphQL context
 * never work it out again from headers.
 */
import type { Locale } from '../catalog/types.js';
import type { Env } from '../env.js';
import type { GraphQLMediaType } from '../http/media-type.js';

export interface ServerContext {
  /**
   * A POST's JSON body, read and parsed by the answer cache to look for a kept answer: Yoga takes
   * it (request/parsed-body.ts) rather than reading the body, already read, again.
   */
  readonly body?: Readonly<Record<string, unknown>>;
  /**
   * True when the answer cache makes the Response it sends from the text the byte cap wrote:
   * Yoga's own then carries no body (response-media-type.ts).
   */
  readonly textOnly: boolean;
  readonly env: Env;
  readonly ctx: ExecutionContext;
  /** The guard's id for this request, named in masked errors. */
  readonly requestId: string;
  /** The request's URL, parsed once by the guard. */
  readonly requestUrl: URL;
  /** The locale Accept-Language chose, negotiated once by the route. */
  readonly locale: Locale;
  /** The media type Accept chose, negotiated once by the route; results are written in it. */
  readonly mediaType: GraphQLMediaType;
  /** Filled in by Yoga's last plugin (result-outcome.ts) with what became of the operation. */
  readonly outcome: ResultOutcome;
}

/** What the answer cache needs to know of a result without reading its body again. */
export interface ResultOutcome {
  /** True once a result without `errors` was written. */
  errorFree: boolean;
  /** True when the operation carries an email address (personal-data.ts): no cache may keep it. */
  personal?: boolean;
  /** True when a field read live data (serviceStatus): the answer is never kept. */
  live?: boolean;
  /** The names of the variables the executed operation declares; others cannot change its answer. */
  variableNames?: readonly string[];
  /**
   * The text of the answer, when the byte cap wrote it (every result without errors): with
   * `textOnly`, Yoga's Response carries no body (response-media-type.ts), and the answer cache
   * makes its own from this text.
   */
  body?: string;
}
