/**
 * The scheduled run: every endpoint of the catalog checked, at most MAX_OPEN_SOCKETS at once, and
 * the results kept in D1. The targets come from the catalog alone, so nothing a request says can
 * point a check anywhere else.
 */
import type { CatalogData } from '../../catalog/types.js';
import { allEndpoints } from '../../domain/endpoints.js';
import { checkEndpoint, type CheckResult, type CheckTarget, type Dial } from './check.js';
import { MAX_OPEN_SOCKETS } from '../../limits.js';
import { recordChecks } from './store.js';

/** Every endpoint of the catalog as a check target, once per host, protocol, security and port. */
export function catalogTargets(data: CatalogData): CheckTarget[] {
  return allEndpoints(data).map((endpoint) => ({
    endpointId: endpoint.id,
    host: endpoint.hostName,
    port: endpoint.port,
    protocol: endpoint.protocol,
    security: endpoint.security,
  }));
}

/** Checks `targets`, never more than MAX_OPEN_SOCKETS at a time, in their order. */
export async function checkAll(targets: readonly CheckTarget[], dial?: Dial, now = Date.now()): Promise<CheckResult[]> {
  const results: CheckResult[] = new Array<CheckResult>(targets.length);
  let next = 0;
  const worker = async () => {
    while (next < targets.length) {
      const index = next++;
      const target = targets[index];
      if (target !== undefined) results[index] = await checkEndpoint(target, dial, now);
    }
  };
  await Promise.all(Array.from({ length: Math.min(MAX_OPEN_SOCKETS, targets.length) }, worker));
  return results;
}

/** Checks the catalog's endpoints and records the results in `db`. */
export async function runServerChecks(
  db: D1Database,
  data: CatalogData,
  dial?: Dial,
  now = Date.now(),
): Promise<CheckResult[]> {
  const results = await checkAll(catalogTargets(data), dial, now);
  await recordChecks(db, results, now);
  return results;
}
