/**
 * What a route is: the paths it answers, the methods it takes, its body cap and its handler. The
 * route table (`routes/table.ts`) lists them; the guard matches a request against them, so a
 * route's policy lives in its one row.
 */
import type { Env } from '../env.js';

/** What a handler gets besides the request; the URL is parsed once, by the guard. */
export interface RouteContext {
  readonly env: Env;
  readonly ctx: ExecutionContext;
  readonly url: URL;
  /** The id every answer and every masked error carries. */
  readonly requestId: string;
}

export type RouteHandler = (request: Request, context: RouteContext) => Promise<Response> | Response;

/** The answer to `request` when no route and no static file answers its path, which allows `allowed`. */
export type NotFound = (request: Request, allowed: readonly string[]) => Response;

/** A route's own, smaller body cap, and its own answer to a body over it (Autodiscover's XML error). */
export interface BodyLimit {
  readonly maxBytes: number;
  /** The answer to `request`, whose body is over the cap. */
  readonly tooLarge: (request: Request) => Response;
}

/** The methods a route may take; HEAD comes with GET, and OPTIONS is the guard's on every route. */
type RouteMethod = 'GET' | 'POST';

/**
 * Which paths a route answers: exactly one, one in any letter case (Outlook writes Autodiscover's
 * path as it likes), every path under a prefix, or under a prefix in any letter case (Autodiscover
 * v2 puts the mailbox after its path).
 */
export type PathPattern =
  | { readonly exact: string }
  | { readonly caseInsensitive: string }
  | { readonly prefix: string }
  | { readonly caseInsensitivePrefix: string };

export interface Route {
  readonly path: PathPattern;
  readonly methods: readonly RouteMethod[];
  /** Defaults to the general cap; a route's own cap never exceeds it. */
  readonly bodyLimit?: BodyLimit;
  readonly handler: RouteHandler;
}

/** True when `pathname` is one of the paths `pattern` names. */
function matchesPath(pattern: PathPattern, pathname: string): boolean {
  if ('exact' in pattern) return pathname === pattern.exact;
  if ('caseInsensitive' in pattern) return pathname.toLowerCase() === pattern.caseInsensitive.toLowerCase();
  if ('caseInsensitivePrefix' in pattern) {
    return pathname.toLowerCase().startsWith(pattern.caseInsensitivePrefix.toLowerCase());
  }
  return pathname.startsWith(pattern.prefix);
}

/** The first route of `routes` that answers `pathname`. */
export function routeFor(routes: readonly Route[], pathname: string): Route | undefined {
  return routes.find((route) => matchesPath(route.path, pathname));
}

const allowed = new WeakMap<Route, readonly string[]>();

/** Every method `route` answers, as `Allow` lists them; worked out once per route. */
export function allowedMethods(route: Route): readonly string[] {
  let methods = allowed.get(route);
  if (methods === undefined) {
    methods = [...route.methods.flatMap((method) => (method === 'GET' ? ['GET', 'HEAD'] : [method])), 'OPTIONS'];
    allowed.set(route, methods);
  }
  return methods;
}
