/**
 * Assembles the schema: the query type, then every type file, which registers its own fields.
 */
import { builder } from './builder.js';
import './catalog-version.js';
import './client-configuration.js';
import './client-settings.js';
import './endpoint.js';
import './guide.js';
import './mail-server.js';
import './protocol.js';
import './provider.js';
import './recommendation.js';
import './schema-version.js';
import './troubleshooting.js';

builder.queryType({
  description: 'Read-only queries over the catalog of mail providers, servers, protocols and guides.',
});

export const schema = builder.toSchema();
