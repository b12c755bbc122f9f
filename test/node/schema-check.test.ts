/**
 * The schema check's decisions, on small schemas made for each case: what graphql-inspector calls
 * breaking is refused unless it removes an element deprecated (in our form, with a removal date) in
 * a release at least one minor version earlier and the date has come; dangerous changes pass and
 * are listed; deprecations and the version must fit the policy. Runs in Node: graphql-inspector is
 * a build tool, never loaded by the Worker.
 */
import { describe, expect, it } from 'vitest';
import { releaseDates } from '../../scripts/schema-check/changelog.js';
import { planCheck } from '../../scripts/schema-check/step.js';
import { judgeStep, type Release } from '../../scripts/schema-check/verdict.js';

const REMOVAL = 'Use `provider` instead. Removal: 2027-06-01';

/** A release of a schema whose Query has `fields`, with the enum Locale and one more type. */
const release = (version: string, fields: string, locales = 'EN DE'): Release => ({
  version,
  sdl: `type Query {\n${fields}\n}\nenum Locale { ${locales} }\ntype Server { hostName: String! }\n`,
});

const FIELDS = `
  provider(providerId: ID!): String
  endpoints(port: Int): [String!]!
  locale: Locale
  servers: [Server!]!`;

const BASE = release('1.0.0', FIELDS);

const judge = (target: Release, { history = [BASE], today = '2026-12-01' } = {}) =>
  judgeStep({ base: history.at(-1) ?? BASE, target, history, today });

const paths = (changes: readonly { path: string }[]) => changes.map((change) => change.path);

describe('schema check verdicts', () => {
  it('refuses a removed field that was never deprecated', async () => {
    const verdict = await judge(release('1.1.0', FIELDS.replace('  locale: Locale\n', '')));
    expect(verdict.passes).toBe(false);
    expect(verdict.refused).toEqual([
      expect.objectContaining({ path: 'Query.locale', why: 'not deprecated in 1.0.0' }),
    ]);
  });

  it('refuses a changed argument type, which no deprecation can announce', async () => {
    const verdict = await judge(release('1.1.0', FIELDS.replace('endpoints(port: Int)', 'endpoints(port: String)')));
    expect(verdict.passes).toBe(false);
    expect(paths(verdict.refused)).toEqual(['Query.endpoints.port']);
    expect(verdict.refused[0]?.message).toContain("changed from 'Int' to 'String'");
  });

  it('passes a new enum value and lists it as dangerous', async () => {
    const verdict = await judge(release('1.1.0', FIELDS, 'EN DE FR'));
    expect(verdict.passes).toBe(true);
    expect(verdict.refused).toEqual([]);
    expect(paths(verdict.dangerous)).toEqual(['Locale.FR']);
    expect(verdict.bump).toBe('minor');
  });

  describe('removing a field deprecated in 1.1.0 with removal date 2027-06-01', () => {
    const deprecated = release('1.1.0', `${FIELDS}\n  oldProvider: String @deprecated(reason: "${REMOVAL}")`);
    const history = [BASE, deprecated];

    it('passes in 1.2.0, a minor version later, once the date has passed', async () => {
      const verdict = await judge(release('1.2.0', FIELDS), { history, today: '2027-06-02' });
      expect(verdict.passes).toBe(true);
      expect(paths(verdict.removed)).toEqual(['Query.oldProvider']);
      expect(verdict.refused).toEqual([]);
    });

    it('is refused in 1.1.1, the minor version that deprecated it', async () => {
      const verdict = await judge(release('1.1.1', FIELDS), { history, today: '2027-06-02' });
      expect(verdict.refused).toEqual([
        expect.objectContaining({
          path: 'Query.oldProvider',
          why: 'deprecated in 1.1.0, so it may go in 1.2.0 at the earliest',
        }),
      ]);
    });

    it('is refused before its removal date', async () => {
      const verdict = await judge(release('1.2.0', FIELDS), { history, today: '2027-05-31' });
      expect(verdict.refused[0]?.why).toBe('its announced removal date, 2027-06-01, is after 2027-05-31');
    });

    it('takes the type only that field named with it', async () => {
      const withType = release(
        '1.1.0',
        `${FIELDS}\n  legacy: Legacy @deprecated(reason: "${REMOVAL}")\n}\ntype Legacy {\n  name: String`,
      );
      const verdict = await judge(release('1.2.0', FIELDS), { history: [BASE, withType], today: '2027-06-02' });
      expect(verdict.passes).toBe(true);
      expect(paths(verdict.removed).sort()).toEqual(['Legacy', 'Query.legacy']);
    });
  });

  it('refuses a removed type while an element that was not deprecated named it', async () => {
    const { sdl } = release('1.1.0', FIELDS.replace('  servers: [Server!]!', ''));
    const verdict = await judge({ version: '1.1.0', sdl: sdl.replace('type Server { hostName: String! }\n', '') });
    expect(verdict.refused).toEqual([
      expect.objectContaining({ path: 'Query.servers', why: 'not deprecated in 1.0.0' }),
      expect.objectContaining({ path: 'Server', why: 'still named by Query.servers' }),
    ]);
  });

  it('holds a new deprecation to the form and to 180 days of notice', async () => {
    const deprecate = (reason: string) =>
      judge(release('1.1.0', `${FIELDS}\n  old: String @deprecated(reason: "${reason}")`));
    expect((await deprecate(REMOVAL)).passes).toBe(true);
    const unannounced = await deprecate('Use provider instead.');
    expect(unannounced.problems[0]).toContain('Query.old: the deprecation reason must read');
    const tooSoon = await deprecate('Use `provider` instead. Removal: 2027-01-01');
    expect(tooSoon.problems).toEqual([expect.stringContaining('180 days ahead at least (2027-05-30)')]);
  });

  it('asks for a new minor version for additions, a patch for descriptions alone', async () => {
    const added = await judge(release('1.0.1', `${FIELDS}\n  schemaVersion: String!`));
    expect(added.problems).toEqual(['1.0.0 → 1.0.1: these changes need a new minor version, 1.1.0 at the least']);
    const described = await judge(release('1.0.1', FIELDS.replace('  locale', '  "The language."\n  locale')));
    expect(described).toMatchObject({ bump: 'patch', passes: true });
  });
});

describe('which step the check judges', () => {
  const next = release('1.1.0', `${FIELDS}\n  schemaVersion: String!`);
  const dates = releaseDates('# Changelog\n\n## [Unreleased]\n\n## [1.1.0] - 2027-02-01\n\n## [1.0.0] - 2026-12-01\n');

  it('is the newest release against the one before, on its release date, once the code is released', () => {
    const plan = planCheck({ releases: [next, BASE], code: next, dates, today: '2027-09-09' });
    expect(plan).toMatchObject({ kind: 'step', released: true, problems: [] });
    if (plan.kind !== 'step') throw new Error('expected a step');
    expect(plan.step).toMatchObject({ base: BASE, target: next, history: [BASE], today: '2027-02-01' });
  });

  it('is the newest release against the code, today, while the code is unreleased', () => {
    const plan = planCheck({ releases: [BASE], code: next, dates, today: '2027-01-15' });
    expect(plan).toMatchObject({
      kind: 'step',
      released: false,
      step: { base: BASE, target: next, today: '2027-01-15' },
    });
    expect(plan.problems).toEqual([expect.stringContaining('1.1.0 is not cut')]);
    const unbumped = planCheck({ releases: [BASE], code: { ...next, version: '1.0.0' }, dates, today: '2027-01-15' });
    expect(unbumped.problems).toEqual([expect.stringContaining('SCHEMA_VERSION is still 1.0.0')]);
  });

  it('has nothing to compare for the first release, and wants its changelog entry', () => {
    expect(planCheck({ releases: [BASE], code: BASE, dates, today: '2026-12-01' })).toMatchObject({ kind: 'first' });
    const undated = planCheck({ releases: [BASE], code: BASE, dates: new Map(), today: '2026-12-01' });
    expect(undated.problems).toEqual([expect.stringContaining('CHANGELOG.md has no entry')]);
  });
});
