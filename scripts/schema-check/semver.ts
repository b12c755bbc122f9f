/**
 * Schema versions: `MAJOR.MINOR.PATCH` numbers, their order, and the smallest version that makes a
 * given kind of step after another.
 */

export interface Version {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
}

/** What a step between two releases changes, and so which part of the version it must raise. */
export type Bump = 'minor' | 'patch';

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/** `text` as a version, or undefined when it is not `MAJOR.MINOR.PATCH`. */
export function parseVersion(text: string): Version | undefined {
  const match = SEMVER.exec(text);
  if (match === null) return undefined;
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]) };
}

/** `text` as a version. @throws Error when it is not `MAJOR.MINOR.PATCH` */
export function version(text: string): Version {
  const parsed = parseVersion(text);
  if (parsed === undefined) throw new Error(`"${text}" is not a version of the form MAJOR.MINOR.PATCH`);
  return parsed;
}

/** Negative when `a` comes before `b`, zero when they are equal, positive after. */
export function compareVersions(a: string, b: string): number {
  const x = version(a);
  const y = version(b);
  return x.major - y.major || x.minor - y.minor || x.patch - y.patch;
}

/** The smallest version after `base` that the `bump` allows. */
export function nextVersion(base: string, bump: Bump): string {
  const { major, minor, patch } = version(base);
  return bump === 'minor' ? `${major}.${minor + 1}.0` : `${major}.${minor}.${patch + 1}`;
}

/** True when `target` is a step of at least `bump` after `base`. */
export function isBumpedEnough(base: string, target: string, bump: Bump): boolean {
  return compareVersions(target, nextVersion(base, bump)) >= 0;
}
