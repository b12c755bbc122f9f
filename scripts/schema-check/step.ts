/**
 * Which step between schema versions to judge. While the code's schema differs from the newest
 * release, the step is from that release to the code, judged as of today, and the release still
 * has to be cut. Once the code is the newest release, the step is the one that release made from
 * the release before it, judged as of its release date: CI keeps checking the step it shipped.
 */
import { compareVersions } from './semver.js';
import type { Release, Step } from './verdict.js';

export type Plan =
  /** Nothing before the only release to compare it with. */
  | { readonly kind: 'first'; readonly release: Release; readonly problems: readonly string[] }
  | { readonly kind: 'step'; readonly step: Step; readonly released: boolean; readonly problems: readonly string[] };

export interface PlanInput {
  /** Every file of `schema/released/`, in any order. */
  readonly releases: readonly Release[];
  /** The code's schema and its `SCHEMA_VERSION`. */
  readonly code: Release;
  /** Release dates by version, from CHANGELOG.md. */
  readonly dates: ReadonlyMap<string, string>;
  readonly today: string;
}

/** The step to judge, with what is wrong with the releases themselves. */
export function planCheck({ releases, code, dates, today }: PlanInput): Plan {
  const sorted = [...releases].sort((a, b) => compareVersions(a.version, b.version));
  const newest = sorted.at(-1);
  if (newest === undefined) throw new Error('schema/released/ holds no release');
  const undated = sorted.filter((release) => !dates.has(release.version)).map((release) => release.version);
  const problems = undated.map((v) => `CHANGELOG.md has no entry "## [${v}] - YYYY-MM-DD" for released ${v}`);
  if (code.sdl === newest.sdl) {
    if (code.version !== newest.version) {
      problems.push(`SCHEMA_VERSION is ${code.version}, but the code's schema is released as ${newest.version}`);
    }
    const previous = sorted.at(-2);
    if (previous === undefined) return { kind: 'first', release: newest, problems };
    const step = {
      base: previous,
      target: newest,
      history: sorted.slice(0, -1),
      today: dates.get(newest.version) ?? today,
    };
    return { kind: 'step', step, released: true, problems };
  }
  if (compareVersions(code.version, newest.version) > 0) {
    problems.push(
      `${code.version} is not cut: copy schema/schema.graphql to schema/released/${code.version}.graphql and add its CHANGELOG.md entry`,
    );
  } else {
    problems.push(
      `the schema differs from schema/released/${newest.version}.graphql, but SCHEMA_VERSION is still ${code.version}: raise it as the verdict says, then cut the release`,
    );
  }
  return { kind: 'step', step: { base: newest, target: code, history: sorted, today }, released: false, problems };
}
