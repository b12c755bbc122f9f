// `npm run docs:check`: every link of README.md, CHANGELOG.md and docs/ resolves, every figure
// the pages quote about the code is what the code says, and the schema tour lists every root
// field. Exits 1 with each problem on a line. `npm test` runs the same check
// (test/node/docs-check.test.ts); the page files' sizes need `npm run assets` first.
import { documentationProblems } from './docs-check/run.js';

const problems = documentationProblems();
for (const { file, message } of problems) console.log(`${file}: ${message}`);
console.log(problems.length === 0 ? 'docs:check passed' : `docs:check failed: ${problems.length} problems`);
process.exitCode = problems.length === 0 ? 0 : 1;
