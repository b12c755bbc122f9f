/**
 * `/`: there is no page for people yet, so the root sends a browser to GraphiQL.
 */
import { GRAPHQL_PATH } from '../graphql-server/yoga.js';
import type { RouteHandler } from '../http/route.js';

export const home: RouteHandler = (_request, { url }) => Response.redirect(new URL(GRAPHQL_PATH, url).href, 302);
