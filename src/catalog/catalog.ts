/**
 * The catalog the Worker serves: every data file, checked once when the module loads.
 * Adding a provider means adding a file under `providers/` and naming it here.
 */
import { checkCatalog } from './check.js';
import { guides } from './guides.js';
import { labels } from './labels.js';
import { profile } from './profile.js';
import { protocols } from './protocols.js';
import { routingNet } from './providers/routing-net.js';
import { reasons } from './reasons.js';
import { troubleshooting } from './troubleshooting.js';
import type { CatalogData } from './types.js';
import { catalogVersion } from './version.js';

export const catalog: CatalogData = {
  providers: [routingNet],
  protocols,
  guides,
  reasons,
  labels,
  profile,
  troubleshooting,
};

checkCatalog(catalog);

let version: Promise<string> | undefined;

/**
 * Content hash of `catalog` (see `version.ts`), computed on first use: the Web Crypto digest is
 * native and asynchronous, and a Worker may not start asynchronous work while its module loads.
 */
export function servedCatalogVersion(): Promise<string> {
  version ??= catalogVersion(catalog);
  return version;
}
