/**
 * The Worker entry: the route table behind the guard every route shares, and the scheduled
 * server checks.
 */
import type { Env } from './env.js';
import { guard } from './http/guard.js';
import { ROUTES } from './routes/table.js';
import { scheduled } from './scheduled.js';

export default { fetch: guard(ROUTES), scheduled } satisfies ExportedHandler<Env>;
