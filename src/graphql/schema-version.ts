/**
 * The `schemaVersion` query and the one constant it answers with. Each released version's SDL is
 * kept in `schema/released/<version>.graphql`; tests hold this constant to the newest of them and
 * that file to the code, and `npm run schema:check` judges each step between releases.
 */
import { builder } from './builder.js';

/**
 * The version of the schema this code serves (semantic versioning). Bump it with every schema
 * change: the minor version for an addition, a deprecation or the removal of a field whose
 * deprecation has run out; the patch version for descriptions alone.
 */
export const SCHEMA_VERSION = '1.2.0';

builder.queryField('schemaVersion', (t) =>
  t.string({
    description:
      'The version of this schema, for example `1.0.0` (semantic versioning). Within one major version every operation that uses no deprecated element stays valid; a deprecated element is removed only after its announced removal date, in a later minor version. Compare it with the version a client was generated from; CHANGELOG.md lists what each version changed, and `schema/released/<version>.graphql` holds its SDL.',
    resolve: () => SCHEMA_VERSION,
  }),
);
