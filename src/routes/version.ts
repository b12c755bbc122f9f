/**
 * `GET /version`: which catalog this deploy serves, as static JSON under the one caching policy.
 */
import { servedCatalogVersion } from '../catalog/catalog.js';
import { staticJsonRoute } from './static-json.js';

export const version = staticJsonRoute(async () => JSON.stringify({ catalogVersion: await servedCatalogVersion() }));
