// `npm run bench`: builds the Worker, serves it with Miniflare on 127.0.0.1 (no wrangler proxy) and
// drives each case with wrk for a fixed time, side by side in one run. Prints every case as a ratio
// to a static JSON route of the same Worker, and writes the figures to bench/results/latest.json.
import { execFileSync, spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { writeResults } from './results.js';
import { buildWorker, ROOT, serveWorker, TRIVIAL_WORKER } from './worker.js';

const DURATION = process.env.BENCH_DURATION ?? '3s';
const CONNECTIONS = process.env.BENCH_CONNECTIONS ?? '8';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const COLD_STARTS = Number(process.env.BENCH_COLD_STARTS ?? 9);

const PORT_TABLE = '{ servers { hostName endpoints { protocol security port advice uri } } }';
const PERSISTED = '{ endpoints(filter: { advice: RECOMMENDED }) { protocol hostName port security } }';

interface WrkResult {
  requests: number;
  durationUs: number;
  non2xx: number;
  socketErrors: number;
  p50Us: number;
  p99Us: number;
}

function requireWrk(): void {
  if (spawnSync('wrk', ['--version']).error) {
    console.error('wrk is not installed: apt-get install -y wrk');
    process.exit(1);
  }
}

function wrk(url: string, env: Record<string, string>): WrkResult {
  const output = execFileSync(
    'wrk',
    ['-t1', `-c${CONNECTIONS}`, `-d${DURATION}`, '--latency', '-s', `${ROOT}bench/wrk.lua`, url],
    { env: { ...process.env, ...env }, encoding: 'utf8' },
  );
  const line = output.trim().split('\n').pop() ?? '';
  return JSON.parse(line) as WrkResult;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** Time from creating a Worker to its first GraphQL answer. */
async function coldStart(code: string): Promise<number> {
  const start = performance.now();
  const mf = serveWorker(code);
  const response = await mf.dispatchFetch(`http://127.0.0.1/graphql?${new URLSearchParams({ query: PORT_TABLE })}`);
  await response.text();
  const time = performance.now() - start;
  await mf.dispose();
  return time;
}

/** Medians of our Worker's and a trivial Worker's cold starts, taken in turn so drift hits both. */
async function coldStarts(code: string): Promise<{ ours: number; trivial: number }> {
  const ours: number[] = [];
  const trivial: number[] = [];
  for (let i = 0; i < COLD_STARTS; i += 1) {
    trivial.push(await coldStart(TRIVIAL_WORKER));
    ours.push(await coldStart(code));
  }
  return { ours: median(ours), trivial: median(trivial) };
}

async function main(): Promise<void> {
  requireWrk();
  const code = buildWorker();
  const gzipBytes = gzipSync(code).length;

  const mf = serveWorker(code);
  const origin = (await mf.ready).origin;
  const cacheOff = serveWorker(code, { bindings: { RESPONSE_CACHE: 'off' } });
  const cacheOffOrigin = (await cacheOff.ready).origin;
  const get = `${origin}/graphql?${new URLSearchParams({ query: PORT_TABLE })}`;
  const postBody = JSON.stringify({ query: PORT_TABLE });
  const hash = execFileSync(
    'node',
    [
      '-e',
      `process.stdout.write(require('crypto').createHash('sha256').update(${JSON.stringify(PERSISTED)}).digest('hex'))`,
    ],
    {
      encoding: 'utf8',
    },
  );
  const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } });
  const register = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: PERSISTED, extensions: JSON.parse(extensions) }),
  });
  if (!register.ok) throw new Error(`registering the persisted query failed: ${register.status}`);
  const persisted = `${origin}/graphql?${new URLSearchParams({ extensions })}`;

  const cases: [string, string, Record<string, string>][] = [
    ['static JSON route (baseline)', `${origin}/version`, { BENCH_CASE: 'get' }],
    ['cached GraphQL GET', get, { BENCH_CASE: 'get' }],
    ['cached GraphQL POST', `${origin}/graphql`, { BENCH_CASE: 'post', BENCH_BODY: postBody }],
    ['persisted-query GET', persisted, { BENCH_CASE: 'get' }],
    [
      'uncached GraphQL GET (RESPONSE_CACHE=off)',
      `${cacheOffOrigin}/graphql?${new URLSearchParams({ query: PORT_TABLE })}`,
      { BENCH_CASE: 'get' },
    ],
    ['distinct operation each request (parse+validate+execute)', `${origin}/graphql`, { BENCH_CASE: 'uncached' }],
  ];
  for (const [, url, env] of cases) wrk(url, { ...env }); // warm every path before measuring

  // Each round runs every case right after the baseline; a case's ratio is the median of its
  // per-round ratios, so the machine's drift between rounds cancels out.
  const rounds = Array.from({ length: ROUNDS }, () => {
    const measured = cases.map(([, url, env]) => {
      const result = wrk(url, env);
      return { ...result, rps: result.requests / (result.durationUs / 1e6) };
    });
    return measured.map((m) => ({ ...m, ratio: m.rps / (measured[0]?.rps ?? Number.NaN) }));
  });
  const results = cases.map(([name], i) => {
    const perRound = rounds.map((round) => round[i]!);
    const ratio = median(perRound.map((r) => r.ratio));
    const typical = perRound.find((r) => r.ratio === ratio) ?? perRound[0]!;
    return { name, ...typical, rps: median(perRound.map((r) => r.rps)), ratio, rounds: perRound };
  });
  await mf.dispose();
  await cacheOff.dispose();

  const cold = await coldStarts(code);
  const coldOurs = cold.ours;
  const coldTrivial = cold.trivial;

  const targets = [
    { name: 'cached GET ≥ 0.9× static', ratio: results[1]?.ratio ?? 0, min: 0.9 },
    { name: 'cached POST ≥ 0.8× static', ratio: results[2]?.ratio ?? 0, min: 0.8 },
    { name: 'persisted GET ≥ 0.9× static', ratio: results[3]?.ratio ?? 0, min: 0.9 },
    { name: 'uncached execution ≥ 0.5× static', ratio: results[4]?.ratio ?? 0, min: 0.5 },
    { name: 'cold start ≤ 1.5× trivial Worker', ratio: 1.5 / (coldOurs / coldTrivial), min: 1 },
    { name: 'script ≤ 150 KiB gzipped', ratio: (150 * 1024) / gzipBytes, min: 1 },
  ];

  console.log(
    `\nwrk -t1 -c${CONNECTIONS} -d${DURATION} per case, ${ROUNDS} rounds, Miniflare on 127.0.0.1 (medians)\n`,
  );
  console.log(
    'case'.padEnd(52),
    'req/s'.padStart(9),
    'ratio'.padStart(7),
    'p50 ms'.padStart(8),
    'p99 ms'.padStart(8),
    'non-2xx'.padStart(8),
  );
  for (const r of results) {
    console.log(
      r.name.padEnd(52),
      r.rps.toFixed(0).padStart(9),
      r.ratio.toFixed(2).padStart(7),
      (r.p50Us / 1000).toFixed(2).padStart(8),
      (r.p99Us / 1000).toFixed(2).padStart(8),
      String(r.non2xx + r.socketErrors).padStart(8),
    );
  }
  console.log(
    `\ncold start, median of ${COLD_STARTS}: ours ${coldOurs.toFixed(0)} ms, trivial Worker ${coldTrivial.toFixed(0)} ms, ratio ${(coldOurs / coldTrivial).toFixed(2)} (target ≤ 1.5)`,
  );
  console.log(`script: ${(gzipBytes / 1024).toFixed(1)} KiB gzipped (target ≤ 150)`);
  for (const t of targets.slice(0, 4))
    console.log(`${t.ratio >= t.min ? 'PASS' : 'FAIL'}  ${t.name}: ${t.ratio.toFixed(2)}`);
  for (const t of targets.slice(4)) console.log(`${t.ratio >= t.min ? 'PASS' : 'FAIL'}  ${t.name}`);

  const figures = {
    date: new Date().toISOString(),
    duration: DURATION,
    connections: Number(CONNECTIONS),
    rounds: ROUNDS,
    cases: results,
    coldStartMs: { ours: coldOurs, trivial: coldTrivial, ratio: coldOurs / coldTrivial },
    scriptGzipBytes: gzipBytes,
    targets,
  };
  console.log(`\nfigures written to ${writeResults('latest.json', figures)}`);
}

await main();
