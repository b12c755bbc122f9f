/**
 * Assembles the schema: the query type, then every type file, which registers its own fields.
 */
import { builder } from './builder.js';
import './catalog-version.js';
import './client-configuration.js';
import './client-settings.js';
import './domain-check.js';
import './endpoint.js';
import './guide.js';
import './mail-server.js';
import './protocol.js';
import './provider.js';
import './recommendation.js';
import './recommended-settings.js';
import './schema-version.js';
import './service-status.js';
import './troubleshooting.js';

builder.queryType({
  description: 'Read-only queries over the catalog of mail providers, servers, protocols and guides.',
});

// Pothos sorts the schema unless told not to, which builds it a second time in every new isolate;
// the published SDL is sorted where it is printed (sdl.ts).
export const schema = builder.toSchema({ sortSchema: false });
