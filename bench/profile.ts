// `npm run profile -- <case>`: where the Worker's time goes under one bench case, measured inside
// workerd. Builds an unminified bundle, serves it with Miniflare and its inspector, drives the case
// with wrk while V8's sampling profiler runs in the Worker's isolate, then prints self time by
// package or source folder (from the bundle's `// path` section comments) and the hottest
// functions. Cases: get, post, uncached (RESPONSE_CACHE=off), distinct, worst (bench/run.ts's worst request).
import { execFileSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { GRAPHIQL_INTROSPECTION_QUERY } from '../test/data/widest-operations.js';
import { writeResults } from './results.js';
import { buildWorker, OURS_UNMINIFIED, PORT_TABLE, ROOT, serveWorker } from './worker.js';
import { WorkerInspector } from './worker-inspector.js';

const DURATION = process.env.BENCH_DURATION ?? '5s';
const CASES: Record<string, { env: Record<string, string>; bindings?: Record<string, string>; query: boolean }> = {
  get: { env: { BENCH_CASE: 'get' }, query: true },
  post: { env: { BENCH_CASE: 'post', BENCH_BODY: JSON.stringify({ query: PORT_TABLE }) }, query: false },
  uncached: { env: { BENCH_CASE: 'get' }, bindings: { RESPONSE_CACHE: 'off' }, query: true },
  distinct: { env: { BENCH_CASE: 'uncached' }, query: false },
  worst: {
    env: { BENCH_CASE: 'distinct-post', BENCH_BODY: JSON.stringify({ query: GRAPHIQL_INTROSPECTION_QUERY }) },
    query: false,
  },
};

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly children?: readonly number[];
}
interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
}

/** The bundle's sections: the line each `// path` comment of esbuild starts, and its package or folder. */
function sections(code: string): { line: number; name: string }[] {
  const out: { line: number; name: string }[] = [];
  code.split('\n').forEach((text, line) => {
    const path = /^\/\/ ((?:node_modules\/(?:@[^/]+\/)?[^/]+)|(?:src\/[^/]+)|[^ ]+)/.exec(text)?.[1];
    if (path !== undefined) out.push({ line, name: path.replace(/^node_modules\//, '') });
  });
  return out;
}

function sectionOf(all: readonly { line: number; name: string }[], line: number): string {
  let name = '(bundle start)';
  for (const s of all) {
    if (s.line > line) break;
    name = s.name;
  }
  return name;
}

async function main(): Promise<void> {
  const name = process.argv[2] ?? 'distinct';
  const chosen = CASES[name];
  if (chosen === undefined) throw new Error(`unknown case ${name}: one of ${Object.keys(CASES).join(', ')}`);
  const code = buildWorker(OURS_UNMINIFIED);
  const mf = serveWorker(code, { inspect: true, quiet: true, bindings: chosen.bindings });
  const origin = (await mf.ready).origin;
  const url = `${origin}/graphql${chosen.query ? `?${new URLSearchParams({ query: PORT_TABLE })}` : ''}`;
  const load = () =>
    execFileSync('wrk', ['-t1', '-c8', `-d${DURATION}`, '-s', `${ROOT}bench/wrk.lua`, url], {
      env: { ...process.env, ...chosen.env, BENCH_SEED: String(randomInt(2 ** 31)) },
      encoding: 'utf8',
    });
  load(); // warm
  const session = await WorkerInspector.open(mf, origin);
  await session.call('Profiler.enable');
  await session.call('Profiler.setSamplingInterval', { interval: 100 });
  await session.call('Profiler.start');
  const summary = load().trim().split('\n').pop();
  const { profile } = (await session.call('Profiler.stop')) as { profile: Profile };
  session.close();
  await mf.dispose();

  const all = sections(code);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const bySection = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const id of profile.samples) {
    const frame = byId.get(id)?.callFrame;
    if (frame === undefined) continue;
    const section = frame.url === '' ? `(${frame.functionName || 'runtime'})` : sectionOf(all, frame.lineNumber);
    bySection.set(section, (bySection.get(section) ?? 0) + 1);
    const fn = `${frame.functionName || '(anonymous)'} [${section}:${frame.lineNumber + 1}]`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + 1);
  }
  const total = profile.samples.length;
  const top = (map: Map<string, number>, n: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
  console.log(`case ${name}: ${summary}\n${total} samples\n\nself time by section:`);
  console.log(top(bySection, 30).join('\n'));
  console.log('\nhottest functions:');
  console.log(top(byFunction, 40).join('\n'));
  console.log(`\nprofile written to ${writeResults(`profile-${name}.cpuprofile`, profile)}`);
}

await main();
