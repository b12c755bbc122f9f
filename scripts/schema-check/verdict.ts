/**
 * The verdict on one step between schema versions: graphql-inspector lists the changes, and this
 * module decides. A breaking change is refused unless it removes an element whose deprecation ran
 * its course (deprecated in a release at least one minor version earlier, its removal date come);
 * a dangerous change passes and is listed; a safe one passes. Deprecations are judged here too,
 * from the two schemas: each must announce its removal date in our form, far enough ahead. Pure:
 * the schemas, the releases before and the day of the step come in, the verdict goes out.
 */
import { CriticalityLevel, diff, type Change as AnyChange, type TypeOfChangeType } from '@graphql-inspector/core';
import {
  buildSchema,
  getNamedType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isUnionType,
  type GraphQLSchema,
} from 'graphql';
import { addDays, deprecations, DEPRECATION_FORM, MIN_DEPRECATION_DAYS, removalDate } from './deprecation.js';
import { isBumpedEnough, nextVersion, type Bump } from './semver.js';

/** A released (or about to be released) schema. */
export interface Release {
  readonly version: string;
  readonly sdl: string;
}

export interface Step {
  readonly base: Release;
  readonly target: Release;
  /** Every release up to and including `base`, oldest first: where a deprecation began. */
  readonly history: readonly Release[];
  /** The day of the step, `YYYY-MM-DD`: the target's release date, or today while it is unreleased. */
  readonly today: string;
}

/** One change, with why it was judged as it was when that needs saying. */
export interface Judged {
  readonly path: string;
  readonly message: string;
  readonly why?: string;
}

export interface Verdict {
  /** Breaking changes the policy refuses. */
  readonly refused: readonly Judged[];
  /** Breaking changes that remove an element after its deprecation ran its course. */
  readonly removed: readonly Judged[];
  /** Changes that pass but can break a client that does not expect them (a new enum value). */
  readonly dangerous: readonly Judged[];
  readonly safe: readonly Judged[];
  /** Deprecations not in our form or too short, and a version that does not fit the changes. */
  readonly problems: readonly string[];
  /** What the changes need of the version: a new minor version, a patch, or nothing. */
  readonly bump: Bump | undefined;
  readonly passes: boolean;
}

/** A change as graphql-inspector reports it, with its `type` typed. */
type Change = AnyChange<TypeOfChangeType>;

/** Breaking changes that a deprecation can make acceptable: each removes one element. */
const REMOVALS = new Set<TypeOfChangeType>([
  'FIELD_REMOVED',
  'FIELD_ARGUMENT_REMOVED',
  'INPUT_FIELD_REMOVED',
  'ENUM_VALUE_REMOVED',
]);

const schemaOf = (release: Release) => buildSchema(release.sdl);

const judged = (change: Change, why?: string): Judged => ({
  path: change.path ?? '',
  message: change.message,
  ...(why !== undefined && { why }),
});

/** The earliest release from which `path` stayed deprecated up to the newest of `history`. */
function deprecatedSince(path: string, history: readonly Release[]): string | undefined {
  let since: string | undefined;
  for (let i = history.length - 1; i >= 0; i -= 1) {
    const release = history[i];
    if (release === undefined || !deprecations(schemaOf(release)).has(path)) break;
    since = release.version;
  }
  return since;
}

/** Why removing `path` is refused, or undefined when its deprecation ran its course. */
function removalRefusal(path: string, base: GraphQLSchema, step: Step): string | undefined {
  const reason = deprecations(base).get(path);
  if (reason === undefined) return `not deprecated in ${step.base.version}`;
  const date = removalDate(reason);
  if (date === undefined) return `its deprecation announces no removal date in the form ${DEPRECATION_FORM}`;
  const since = deprecatedSince(path, step.history) ?? step.base.version;
  if (!isBumpedEnough(since, step.target.version, 'minor')) {
    return `deprecated in ${since}, so it may go in ${nextVersion(since, 'minor')} at the earliest`;
  }
  if (date > step.today) return `its announced removal date, ${date}, is after ${step.today}`;
  return undefined;
}

/** Every place in `schema` that names the type `name`, by path. */
function references(schema: GraphQLSchema, name: string): string[] {
  const found: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type)) continue;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (getNamedType(field.type).name === name) found.push(`${type.name}.${field.name}`);
        for (const arg of field.args)
          if (getNamedType(arg.type).name === name) found.push(`${type.name}.${field.name}.${arg.name}`);
      }
      if (type.getInterfaces().some((i) => i.name === name)) found.push(type.name);
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields()))
        if (getNamedType(field.type).name === name) found.push(`${type.name}.${field.name}`);
    } else if (isUnionType(type) && type.getTypes().some((member) => member.name === name)) {
      found.push(type.name);
    }
  }
  return found;
}

/** The type an element path belongs to: `Query` for `Query.provider.providerId`. */
const typeOf = (path: string) => path.split('.')[0] ?? path;

/**
 * Where `base` still names the removed type `name`: from elements that stay, or whose removal was
 * refused. References from other removed types do not count; each of those is judged on its own.
 */
function remainingReferences(
  name: string,
  base: GraphQLSchema,
  accepted: ReadonlySet<string>,
  removedTypes: ReadonlySet<string>,
) {
  return references(base, name).filter((path) => !accepted.has(path) && !removedTypes.has(typeOf(path)));
}

/** Problems with the deprecations of `target`: the form, and how far ahead a removal is announced. */
function deprecationProblems(base: GraphQLSchema, target: GraphQLSchema, step: Step): string[] {
  const before = deprecations(base);
  const earliest = addDays(step.today, MIN_DEPRECATION_DAYS);
  return [...deprecations(target)].flatMap(([path, reason]) => {
    const date = removalDate(reason);
    if (date === undefined)
      return [`${path}: the deprecation reason must read ${DEPRECATION_FORM}; it reads "${reason}"`];
    const previous = before.get(path);
    if (previous === undefined && date < earliest) {
      return [
        `${path}: a new deprecation announces its removal ${MIN_DEPRECATION_DAYS} days ahead at least (${earliest}); it says ${date}`,
      ];
    }
    const previousDate = previous === undefined ? undefined : removalDate(previous);
    if (previousDate !== undefined && date < previousDate) {
      return [`${path}: a removal date may be put off, never brought forward (${previousDate} → ${date})`];
    }
    return [];
  });
}

/**
 * The deprecations added, dropped or reworded between the two schemas, for the list of changes;
 * an element that went away altogether is listed as removed, not here.
 */
function deprecationChanges(base: GraphQLSchema, target: GraphQLSchema, gone: (path: string) => boolean): Judged[] {
  const before = deprecations(base);
  const after = deprecations(target);
  const announced = [...after]
    .filter(([path, reason]) => before.get(path) !== reason)
    .map(([path, reason]) => ({ path, message: `'${path}' is deprecated: ${reason}` }));
  const withdrawn = [...before.keys()]
    .filter((path) => !after.has(path) && !gone(path))
    .map((path) => ({ path, message: `'${path}' is no longer deprecated` }));
  return [...announced, ...withdrawn];
}

/** What the changes need of the version: descriptions alone a patch, anything else a minor version. */
function requiredBump(changes: readonly Change[], deprecationChangeCount: number): Bump | undefined {
  if (changes.length === 0 && deprecationChangeCount === 0) return undefined;
  const descriptionsOnly =
    deprecationChangeCount === 0 && changes.every((change) => change.type.includes('DESCRIPTION'));
  return descriptionsOnly ? 'patch' : 'minor';
}

/** The verdict on `step`. */
export async function judgeStep(step: Step): Promise<Verdict> {
  const base = schemaOf(step.base);
  const target = schemaOf(step.target);
  // graphql-inspector also reports each `@deprecated` as directive usages, and rewording one as
  // dangerous; deprecations are judged from the two schemas instead.
  const changes = ((await diff(base, target)) as Change[]).filter(
    (change) => change.path?.includes('.@deprecated') !== true,
  );
  const refused: Judged[] = [];
  const removed: Judged[] = [];
  const dangerous: Judged[] = [];
  const safe: Judged[] = [];
  const removedTypes: Change[] = [];
  for (const change of changes) {
    if (change.criticality.level === CriticalityLevel.Breaking) {
      if (change.type === 'TYPE_REMOVED') {
        removedTypes.push(change);
        continue;
      }
      const why = REMOVALS.has(change.type)
        ? removalRefusal(change.path ?? '', base, step)
        : 'breaking, and no deprecation can make it safe';
      (why === undefined ? removed : refused).push(judged(change, why));
    } else if (change.criticality.level === CriticalityLevel.Dangerous) {
      dangerous.push(judged(change));
    } else {
      safe.push(judged(change));
    }
  }
  const accepted = new Set(removed.map((change) => change.path));
  const removedTypeNames = new Set(removedTypes.map((change) => change.path ?? ''));
  for (const change of removedTypes) {
    const remaining = remainingReferences(change.path ?? '', base, accepted, removedTypeNames);
    if (remaining.length === 0) removed.push(judged(change, 'nothing that stays names it'));
    else refused.push(judged(change, `still named by ${remaining.join(', ')}`));
  }
  const removedPaths = new Set(
    changes.filter((change) => change.type.endsWith('_REMOVED')).map((change) => change.path ?? ''),
  );
  const gone = (path: string) => removedPaths.has(path) || removedTypeNames.has(typeOf(path));
  const announced = deprecationChanges(base, target, gone);
  safe.push(...announced);
  const problems = deprecationProblems(base, target, step);
  const bump = requiredBump(changes, announced.length);
  if (bump !== undefined && !isBumpedEnough(step.base.version, step.target.version, bump)) {
    problems.push(
      `${step.base.version} → ${step.target.version}: these changes need ${bump === 'minor' ? 'a new minor version' : 'a new patch version'}, ${nextVersion(step.base.version, bump)} at the least`,
    );
  }
  return { refused, removed, dangerous, safe, problems, bump, passes: refused.length === 0 && problems.length === 0 };
}
