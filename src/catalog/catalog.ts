/**
 * The catalog the Worker serves: every data file. Adding a provider means adding a file under
 * `providers/` and naming it here. The catalog check (`check.ts`) runs before every build
 * (scripts/check-catalog.ts, wrangler's build command) and in the tests, so a catalog that breaks
 * a rule never reaches a deploy, and no isolate spends its start-up checking it again.
 */
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

let version: Promise<string> | undefined;
let known: string | undefined;

/**
 * Content hash of `catalog` (see `version.ts`), computed on first use: the Web Crypto digest is
 * native and asynchronous, and a Worker may not start asynchronous work while its module loads.
 */
export function servedCatalogVersion(): Promise<string> {
  version ??= catalogVersion(catalog).then((value) => (known = value));
  return version;
}

/** The catalog version once `servedCatalogVersion` has worked it out, so later callers need not wait. */
export const knownCatalogVersion = (): string | undefined => known;
