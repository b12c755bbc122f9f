/**
 * The Worker entry: the route table behind the guard every route shares.
 */
import type { Env } from './env.js';
import { guard } from './http/guard.js';
import { ROUTES } from './routes/table.js';

export default { fetch: guard(ROUTES) } satisfies ExportedHandler<Env>;
