/**
 * The Worker entry: the route table behind the guard every route shares, and the 404 for a path
 * nothing serves.
 */
import type { Env } from './env.js';
import { guard } from './http/guard.js';
import { notFound } from './routes/not-found.js';
import { ROUTES } from './routes/table.js';

export default { fetch: guard(ROUTES, notFound) } satisfies ExportedHandler<Env>;
