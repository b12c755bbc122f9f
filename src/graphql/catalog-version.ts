/**
 * The `catalogVersion` query: which data the answers were built from.
 */
import { builder } from './builder.js';

builder.queryField('catalogVersion', (t) =>
  t.string({
    description:
      'A hash of the catalog the answers come from. It changes whenever any server, port, advice or text changes, so a client can tell when cached settings are stale.',
    resolve: (_root, _args, { catalogVersion }) => catalogVersion,
  }),
);
