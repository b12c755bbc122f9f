/**
 * The Worker entry: the route table behind the guard every route shares, the 404 for a path
 * nothing serves, and the scheduled server checks.
 */
import type { Env } from './env.js';
import { guard } from './http/guard.js';
import { notFound } from './routes/not-found.js';
import { ROUTES } from './routes/table.js';
import { scheduled } from './scheduled.js';

export default { fetch: guard(ROUTES, notFound), scheduled } satisfies ExportedHandler<Env>;
