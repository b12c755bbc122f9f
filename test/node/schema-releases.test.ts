/**
 * The released schemas and the code agree: `SCHEMA_VERSION` is the newest file in
 * `schema/released/`, that file is the code's schema (a schema change without a new version and
 * a cut release fails here), and CHANGELOG.md has one dated entry for each release. Runs in Node,
 * which reads the directory.
 */
import { describe, expect, it } from 'vitest';
import { readReleaseDates, readReleases } from '../../scripts/schema-check/releases.js';
import { compareVersions } from '../../scripts/schema-check/semver.js';
import { SCHEMA_VERSION } from '../../src/graphql/schema-version.js';
import { schemaSdl } from '../../src/graphql/sdl.js';

const releases = readReleases().sort((a, b) => compareVersions(a.version, b.version));

describe('released schemas', () => {
  it('have SCHEMA_VERSION as the newest', () => {
    expect(releases.at(-1)?.version).toBe(SCHEMA_VERSION);
  });

  it(`hold the code's schema as ${SCHEMA_VERSION} (after a schema change: raise SCHEMA_VERSION, npm run schema, cut the release)`, () => {
    expect(releases.find((release) => release.version === SCHEMA_VERSION)?.sdl).toBe(schemaSdl());
  });

  it('each have one dated CHANGELOG.md entry, and every entry a release', () => {
    const dates = readReleaseDates();
    expect([...dates.keys()].sort(compareVersions)).toEqual(releases.map((release) => release.version));
  });
});
