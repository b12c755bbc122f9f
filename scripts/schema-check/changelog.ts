/**
 * CHANGELOG.md in the Keep a Changelog form: one `## [VERSION] - YYYY-MM-DD` heading per released
 * schema version. The date is the day the version was released, which the check takes as the day
 * of that step (so a release judged again later is judged as it was on its day).
 */

const RELEASE_HEADING = /^## \[([^\]]+)\] - (\d{4}-\d{2}-\d{2})\s*$/gm;

/** The release date of each version the changelog has an entry for. */
export function releaseDates(changelog: string): Map<string, string> {
  return new Map([...changelog.matchAll(RELEASE_HEADING)].map((match) => [match[1] ?? '', match[2] ?? '']));
}
