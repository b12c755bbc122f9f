/**
 * The Cron Trigger's handler (wrangler.toml `[triggers]`): the server checks, with their history
 * in D1. A Worker without the STATUS_DB binding has no history to keep and checks nothing.
 */
import { catalog } from './catalog/catalog.js';
import type { Env } from './env.js';
import { runServerChecks } from './world/server-check/run.js';

/** Runs the server checks once; the cron's time is when the results are said to be from. */
export const scheduled: ExportedHandlerScheduledHandler<Env> = async (controller, env) => {
  if (env.STATUS_DB === undefined) return;
  await runServerChecks(env.STATUS_DB, catalog, undefined, new Date(controller.scheduledTime).getTime());
};
