/**
 * Reads what the check compares from the repository: every released schema in `schema/released/`
 * and the release dates in CHANGELOG.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { releaseDates } from './changelog.js';
import { parseVersion } from './semver.js';
import type { Release } from './verdict.js';

const ROOT = new URL('../../', import.meta.url);
export const RELEASED_DIRECTORY = new URL('schema/released/', ROOT);

/** Every released schema, by the version in its file name. @throws Error for a file not named `<version>.graphql` */
export function readReleases(): Release[] {
  return readdirSync(RELEASED_DIRECTORY).map((file) => {
    const version = file.replace(/\.graphql$/, '');
    if (!file.endsWith('.graphql') || parseVersion(version) === undefined) {
      throw new Error(`schema/released/${file} is not named <MAJOR.MINOR.PATCH>.graphql`);
    }
    return { version, sdl: readFileSync(new URL(file, RELEASED_DIRECTORY), 'utf8') };
  });
}

/** The release dates CHANGELOG.md gives, by version. */
export function readReleaseDates(): Map<string, string> {
  return releaseDates(readFileSync(new URL('CHANGELOG.md', ROOT), 'utf8'));
}
