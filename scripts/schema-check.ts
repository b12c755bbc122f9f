// `npm run schema:check`: judges the schema's step between released versions (see
// scripts/schema-check/step.ts for which step) and prints every change with its verdict. Exits 1
// when a breaking change is refused, a deprecation is not in our form, the version does not fit the
// changes, or a release is not cut.
import { SCHEMA_VERSION } from '../src/graphql/schema-version.js';
import { schemaSdl } from '../src/graphql/sdl.js';
import { readReleaseDates, readReleases } from './schema-check/releases.js';
import { planCheck } from './schema-check/step.js';
import { judgeStep, type Judged } from './schema-check/verdict.js';

const plan = planCheck({
  releases: readReleases(),
  code: { version: SCHEMA_VERSION, sdl: schemaSdl() },
  dates: readReleaseDates(),
  today: new Date().toISOString().slice(0, 10),
});

const list = (title: string, changes: readonly Judged[]) => {
  if (changes.length === 0) return;
  console.log(`\n${title} (${changes.length}):`);
  for (const { message, why } of changes) console.log(`  ${message}${why === undefined ? '' : ` — ${why}`}`);
};

let passes = plan.problems.length === 0;
if (plan.kind === 'first') {
  console.log(`Schema ${plan.release.version} is the first release: nothing earlier to compare it with.`);
} else {
  const { base, target, today } = plan.step;
  const when = plan.released ? `released ${today}` : `not released yet, judged as of ${today}`;
  console.log(`Schema ${base.version} → ${target.version} (${when})`);
  const verdict = await judgeStep(plan.step);
  list('Refused: breaking', verdict.refused);
  list('Removed after their deprecation ran out', verdict.removed);
  list('Dangerous: clients must be ready for them', verdict.dangerous);
  list('Safe', verdict.safe);
  for (const problem of verdict.problems) console.log(`\nProblem: ${problem}`);
  passes &&= verdict.passes;
}
for (const problem of plan.problems) console.log(`\nProblem: ${problem}`);
console.log(`\nschema:check ${passes ? 'passed' : 'failed'}`);
process.exitCode = passes ? 0 : 1;
