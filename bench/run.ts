// `npm run bench`: builds our Worker and the peer (our schema on Yoga with its response-cache
// plugin), serves each with Miniflare on 127.0.0.1 (no wrangler proxy) and drives every case with
// wrk in interleaved rounds, side by side in one run. Each case is a ratio to the run it is judged
// against, measured beside it: our cached answers to a bare static route in a trivial Worker (so
// the guard's own cost shows), the uncached one to our static route, the distinct operation to
// the peer's, and the peer's cases to its own static route. Cold start is measured under
// Miniflare (the target) and with workerd alone, so Miniflare's own start-up can be told from
// ours. Prints each of issue 24's targets as PASS or FAIL, with the peer's figure beside ours and
// a floor beside each figure that has one: what a Worker doing only the unavoidable part costs
// (our cached answer's own bytes sent by a trivial Worker, bench/replay-worker.ts; Yoga with a
// one-field Pothos schema for cold start and size, bench/floor-worker.ts). Writes the figures to
// bench/results/latest.json. BENCH_ONLY (a regular expression) keeps only the matching cases and
// their baselines, for a quicker look at a few; BENCH_WORST puts another document in the worst
// request's place, to weigh a candidate against it.
import { createHash, randomInt } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import type { Miniflare } from 'miniflare';
import { GRAPHIQL_INTROSPECTION_QUERY } from '../test/data/widest-operations.js';
import { writeResults } from './results.js';
import { replayed, replayWorker, type Replayed } from './replay-worker.js';
import {
  buildWorker,
  COMPATIBILITY_DATE,
  FLOOR,
  FLOOR_QUERY,
  PEER,
  PORT_TABLE,
  ROOT,
  serveWorker,
  TRIVIAL_WORKER,
} from './worker.js';
import { directColdStart } from './workerd-direct.js';

const DURATION = process.env.BENCH_DURATION ?? '2s';
const CONNECTIONS = process.env.BENCH_CONNECTIONS ?? '8';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const COLD_STARTS = Number(process.env.BENCH_COLD_STARTS ?? 9);
const ONLY = process.env.BENCH_ONLY === undefined ? undefined : new RegExp(process.env.BENCH_ONLY);

const PERSISTED = '{ endpoints(filter: { advice: RECOMMENDED }) { protocol hostName port security } }';

/**
 * The costliest request the limits let through (issue 20): the largest introspection a real client
 * sends (GraphiQL's, every option on; 114 KB of answer), under a new operation name each time so
 * that no cache can answer it. Everything larger is refused before it runs. A document given in
 * BENCH_WORST takes its place; its operation must be named IntrospectionQuery, the name each
 * request replaces (bench/wrk.lua).
 */
const WORST_REQUEST = process.env.BENCH_WORST ?? GRAPHIQL_INTROSPECTION_QUERY;
const BARE = 'bare static route, trivial Worker';
const REPLAY = 'floor: our cached answer, trivial Worker';
const REPLAY_POST = 'floor: the same, to a POST';
const STATIC = 'static JSON route, through the guard';
const PEER_STATIC = 'peer: static JSON route';
const UNCACHED = 'uncached GraphQL GET (RESPONSE_CACHE=off)';
const WORST = 'worst request: introspection, new each time';
const DISTINCT = 'distinct operation each request';
const PEER_DISTINCT = `peer: ${DISTINCT}`;

/** The letter the table shows for each baseline, explained under it. */
const BASELINE_LETTERS: Readonly<Record<string, string>> = {
  [BARE]: 'T',
  [STATIC]: 'S',
  [PEER_STATIC]: 'P',
  [UNCACHED]: 'U',
  [PEER_DISTINCT]: 'Q',
};

interface WrkResult {
  requests: number;
  durationUs: number;
  non2xx: number;
  socketErrors: number;
  p50Us: number;
  p99Us: number;
}

/** What wrk is told for one case: the URL and how each request is made (bench/wrk.lua). */
interface Load {
  readonly url: string;
  readonly env: Record<string, string>;
}

interface Case {
  readonly name: string;
  readonly worker: 'ours' | 'peer' | 'trivial';
  /** The case whose requests per second this one is divided by; none for a baseline. */
  readonly baseline?: string;
  readonly load: Load;
}

function requireWrk(): void {
  if (spawnSync('wrk', ['--version']).error) {
    console.error('wrk is not installed: apt-get install -y wrk');
    process.exit(1);
  }
}

function wrk({ url, env }: Load): WrkResult {
  const output = execFileSync(
    'wrk',
    ['-t1', `-c${CONNECTIONS}`, `-d${DURATION}`, '--latency', '-s', `${ROOT}bench/wrk.lua`, url],
    { env: { ...process.env, ...env, BENCH_SEED: String(randomInt(2 ** 31)) }, encoding: 'utf8' },
  );
  return JSON.parse(output.trim().split('\n').pop() ?? '') as WrkResult;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

const FIRST_GRAPHQL = `/graphql?${new URLSearchParams({ query: PORT_TABLE })}`;
const FLOOR_GRAPHQL = `/graphql?${new URLSearchParams({ query: FLOOR_QUERY })}`;

/** Milliseconds from creating a Worker with Miniflare to the end of its first answer, to `path`. */
async function coldStart(code: string, path: string): Promise<number> {
  const start = performance.now();
  const mf = serveWorker(code);
  const response = await mf.dispatchFetch(`http://127.0.0.1${path}`);
  await response.text();
  const time = performance.now() - start;
  await mf.dispose();
  return time;
}

/** Cold-start medians, in milliseconds: under Miniflare, and with workerd alone. */
interface ColdStarts {
  /** Ours to its first GraphQL answer; the target's figure. */
  readonly ours: number;
  /** Ours to its first /version answer: the script's load without executing an operation. */
  readonly oursStatic: number;
  readonly trivial: number;
  /** The stack's floor (Yoga and a one-field Pothos schema) to its first GraphQL answer. */
  readonly floor: number;
  readonly direct: { readonly ours: number; readonly trivial: number; readonly floor: number };
}

/**
 * Medians of our Worker's, the stack floor's and a trivial Worker's cold starts, taken in turn so
 * drift hits all three.
 */
async function coldStarts(code: string, floorCode: string): Promise<ColdStarts> {
  const times = { ours: [] as number[], oursStatic: [] as number[], trivial: [] as number[], floor: [] as number[] };
  const direct = { ours: [] as number[], trivial: [] as number[], floor: [] as number[] };
  for (let i = 0; i < COLD_STARTS; i += 1) {
    times.trivial.push(await coldStart(TRIVIAL_WORKER, '/'));
    times.ours.push(await coldStart(code, FIRST_GRAPHQL));
    times.oursStatic.push(await coldStart(code, '/version'));
    times.floor.push(await coldStart(floorCode, FLOOR_GRAPHQL));
    direct.trivial.push((await directColdStart(TRIVIAL_WORKER, '/', COMPATIBILITY_DATE)).wallMs);
    direct.ours.push((await directColdStart(code, FIRST_GRAPHQL, COMPATIBILITY_DATE)).wallMs);
    direct.floor.push((await directColdStart(floorCode, FLOOR_GRAPHQL, COMPATIBILITY_DATE)).wallMs);
  }
  return {
    ours: median(times.ours),
    oursStatic: median(times.oursStatic),
    trivial: median(times.trivial),
    floor: median(times.floor),
    direct: { ours: median(direct.ours), trivial: median(direct.trivial), floor: median(direct.floor) },
  };
}

const get = (origin: string, query: string): Load => ({
  url: `${origin}/graphql?${new URLSearchParams({ query })}`,
  env: { BENCH_CASE: 'get' },
});
const post = (origin: string, query: string): Load => ({
  url: `${origin}/graphql`,
  env: { BENCH_CASE: 'post', BENCH_BODY: JSON.stringify({ query }) },
});
const path = (origin: string, pathname: string): Load => ({ url: `${origin}${pathname}`, env: { BENCH_CASE: 'get' } });

/** Registers the persisted query with `origin` and returns the hash-only GET of it. */
async function persistedGet(origin: string): Promise<Load> {
  const extensions = {
    persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(PERSISTED).digest('hex') },
  };
  const register = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: PERSISTED, extensions }),
  });
  if (!register.ok) throw new Error(`registering the persisted query failed: ${register.status}`);
  return path(origin, `/graphql?${new URLSearchParams({ extensions: JSON.stringify(extensions) })}`);
}

/** One of issue 24's targets: a figure and its bound, a lower one unless `most` says upper. */
interface Target {
  readonly name: string;
  readonly value: number;
  readonly bound: number;
  readonly most?: true;
  /** The peer's figure for the same case, where it has one. */
  readonly peer?: string;
  /** The same figure for the least a Worker doing this must do, where the run measured one. */
  readonly floor?: string;
}

/** How wrk asks: JSON, and (sending no Accept-Encoding) an answer nobody compresses. */
const AS_WRK_ASKS = { headers: { Accept: 'application/json', 'Accept-Encoding': 'identity' } };

/** Our cached answer to the port table, as wrk asks for it, after a first request has stored it. */
async function cachedAnswer(origin: string): Promise<Replayed> {
  const url = `${origin}${FIRST_GRAPHQL}`;
  await (await fetch(url, AS_WRK_ASKS)).arrayBuffer();
  const answer = await fetch(url, AS_WRK_ASKS);
  const cacheStatus = answer.headers.get('Cache-Status') ?? '';
  if (!answer.ok || !cacheStatus.includes('hit')) {
    throw new Error(`the port table was not answered from the cache: ${answer.status} ${cacheStatus}`);
  }
  return replayed(answer);
}

/** Throws unless the replay Worker at `origin` sends `answer`'s status, headers and body. */
async function checkReplay(origin: string, answer: Replayed): Promise<void> {
  const sent = await replayed(await fetch(`${origin}/`, AS_WRK_ASKS));
  if (JSON.stringify(sent) !== JSON.stringify(answer)) {
    throw new Error(`the floor Worker does not send our cached answer: ${JSON.stringify(sent)}`);
  }
}

/** Every case, in the order each round runs them. */
async function cases(origins: Record<'ours' | 'cacheOff' | 'peer' | 'trivial' | 'replay', string>): Promise<Case[]> {
  const { ours, cacheOff, peer, trivial, replay } = origins;
  // Issue 24's targets pair each case with the run it is judged against: a cached answer with the
  // trivial Worker's bare route, the distinct operation with the peer's.
  return [
    { name: BARE, worker: 'trivial', load: path(trivial, '/') },
    { name: REPLAY, worker: 'trivial', baseline: BARE, load: path(replay, '/') },
    { name: REPLAY_POST, worker: 'trivial', baseline: BARE, load: post(replay, PORT_TABLE) },
    { name: STATIC, worker: 'ours', baseline: BARE, load: path(ours, '/version') },
    { name: 'cached GraphQL GET', worker: 'ours', baseline: BARE, load: get(ours, PORT_TABLE) },
    { name: 'cached GraphQL POST', worker: 'ours', baseline: BARE, load: post(ours, PORT_TABLE) },
    { name: 'persisted-query GET', worker: 'ours', baseline: BARE, load: await persistedGet(ours) },
    { name: UNCACHED, worker: 'ours', baseline: STATIC, load: get(cacheOff, PORT_TABLE) },
    {
      name: WORST,
      worker: 'ours',
      baseline: UNCACHED,
      load: {
        url: `${ours}/graphql`,
        env: { BENCH_CASE: 'distinct-post', BENCH_BODY: JSON.stringify({ query: WORST_REQUEST }) },
      },
    },
    {
      name: DISTINCT,
      worker: 'ours',
      baseline: PEER_DISTINCT,
      load: { url: `${ours}/graphql`, env: { BENCH_CASE: 'uncached' } },
    },
    { name: PEER_STATIC, worker: 'peer', load: path(peer, '/version') },
    { name: 'peer: cached GraphQL GET', worker: 'peer', baseline: PEER_STATIC, load: get(peer, PORT_TABLE) },
    { name: 'peer: cached GraphQL POST', worker: 'peer', baseline: PEER_STATIC, load: post(peer, PORT_TABLE) },
    { name: 'peer: persisted-query GET', worker: 'peer', baseline: PEER_STATIC, load: await persistedGet(peer) },
    {
      name: PEER_DISTINCT,
      worker: 'peer',
      baseline: PEER_STATIC,
      load: { url: `${peer}/graphql`, env: { BENCH_CASE: 'uncached' } },
    },
  ];
}

/** True when BENCH_ONLY picks `name`, or a case measured against it (baselines have baselines). */
function kept(all: readonly Case[], name: string): boolean {
  if (ONLY === undefined || ONLY.test(name)) return true;
  return all.some((c) => c.baseline === name && kept(all, c.name));
}

interface Measured extends WrkResult {
  readonly rps: number;
  readonly ratio: number;
}

const perSecond = (result: WrkResult) => result.requests / (result.durationUs / 1e6);

/**
 * Runs every case once, each beside a run of its baseline: its ratio is to that run, so the two
 * share the machine's state of those seconds (this shared machine's rate drifts by a sixth within
 * a round, which a baseline measured once per round would put into every ratio). Odd rounds run
 * the case first, so neither side always comes second.
 */
function round(all: readonly Case[], index: number): Measured[] {
  return all.map((c) => {
    const baseline = all.find((b) => b.name === c.baseline);
    let result: WrkResult;
    let base: WrkResult | undefined;
    if (baseline === undefined) {
      result = wrk(c.load);
    } else if (index % 2 === 1) {
      result = wrk(c.load);
      base = wrk(baseline.load);
    } else {
      base = wrk(baseline.load);
      result = wrk(c.load);
    }
    const rps = perSecond(result);
    return { ...result, rps, ratio: base === undefined ? 1 : rps / perSecond(base) };
  });
}

async function main(): Promise<void> {
  requireWrk();
  const code = buildWorker();
  const peerCode = buildWorker(PEER);
  const floorCode = buildWorker(FLOOR);
  const gzipBytes = gzipSync(code).length;
  const floorGzipBytes = gzipSync(floorCode).length;

  const ours = serveWorker(code);
  const answer = await cachedAnswer((await ours.ready).origin);
  const servers: Record<'ours' | 'cacheOff' | 'peer' | 'trivial' | 'replay', Miniflare> = {
    ours,
    cacheOff: serveWorker(code, { bindings: { RESPONSE_CACHE: 'off' } }),
    peer: serveWorker(peerCode),
    trivial: serveWorker(TRIVIAL_WORKER),
    replay: serveWorker(replayWorker(answer)),
  };
  const origins = Object.fromEntries(
    await Promise.all(Object.entries(servers).map(async ([name, mf]) => [name, (await mf.ready).origin])),
  ) as Record<keyof typeof servers, string>;
  await checkReplay(origins.replay, answer);
  const every = await cases(origins);
  const all = every.filter((c) => kept(every, c.name));
  for (const c of all) wrk(c.load); // warm every path before measuring

  // Rounds interleave every case, so the machine's drift between rounds cancels out of each ratio;
  // a case's ratio is the median of its per-round ratios.
  const rounds = Array.from({ length: ROUNDS }, (_, index) => round(all, index));
  const results = all.map((c, i) => {
    const perRound = rounds.map((r) => r[i]!);
    const ratio = median(perRound.map((r) => r.ratio));
    const typical = perRound.find((r) => r.ratio === ratio) ?? perRound[0]!;
    return { ...c, ...typical, rps: median(perRound.map((r) => r.rps)), ratio, rounds: perRound };
  });
  await Promise.all(Object.values(servers).map((mf) => mf.dispose()));
  const cold = await coldStarts(code, floorCode);

  const ratioOf = (name: string) => results.find((r) => r.name === name)?.ratio ?? Number.NaN;
  const coldRatio = cold.ours / cold.trivial;
  const directRatio = cold.direct.ours / cold.direct.trivial;
  const kib = gzipBytes / 1024;
  const floorKib = floorGzipBytes / 1024;
  // The least a cached answer can cost: its bytes sent by a trivial Worker (after reading a POST's body).
  const replayFloor = (name: string, what: string) =>
    Number.isNaN(ratioOf(name)) ? undefined : `floor ${ratioOf(name).toFixed(2)}: ${what} sent by a trivial Worker`;
  const stackFloor = 'Yoga with a one-field Pothos schema';
  // The peer's ratio to its own static route, when the run measured it.
  const peerFigure = (name: string) =>
    Number.isNaN(ratioOf(name)) ? undefined : `peer ${ratioOf(name).toFixed(2)}× its static route`;
  // Issue 24's targets, each with the peer's figure for the same case where it has one. Costs
  // (the worst request, cold start, script size) pass at or below their bound, rates at or above.
  const targets: Target[] = [
    ...(['GET', 'POST'] as const).map((method) => ({
      name: `cached ${method} ≥ 0.85× the bare route`,
      value: ratioOf(`cached GraphQL ${method}`),
      bound: 0.85,
      peer: peerFigure(`peer: cached GraphQL ${method}`),
      floor:
        method === 'GET'
          ? replayFloor(REPLAY, 'its headers and body')
          : replayFloor(REPLAY_POST, 'the body read and the same answer'),
    })),
    {
      name: 'persisted GET ≥ 0.85× the bare route',
      value: ratioOf('persisted-query GET'),
      bound: 0.85,
      peer: peerFigure('peer: persisted-query GET'),
      floor: replayFloor(REPLAY, 'a cached GET’s headers and body'),
    },
    { name: 'uncached ≥ 0.55× our static route', value: ratioOf(UNCACHED), bound: 0.55 },
    { name: 'distinct operation ≥ 1.0× the peer', value: ratioOf(DISTINCT), bound: 1 },
    // A cost, not a rate: how many uncached ordinary operations the worst request costs.
    { name: 'worst request ≤ 5× an uncached operation', value: 1 / ratioOf(WORST), bound: 5, most: true },
    {
      name: 'cold start ≤ 1.5× trivial Worker, Miniflare',
      value: coldRatio,
      bound: 1.5,
      most: true,
      floor: `floor ${(cold.floor / cold.trivial).toFixed(2)}: ${stackFloor}`,
    },
    {
      name: 'cold start ≤ 2.0× trivial Worker, workerd alone',
      value: directRatio,
      bound: 2,
      most: true,
      floor: `floor ${(cold.direct.floor / cold.direct.trivial).toFixed(2)}: ${stackFloor}`,
    },
    {
      name: 'script ≤ 150 KiB gzipped',
      value: kib,
      bound: 150,
      most: true,
      floor: `floor ${floorKib.toFixed(1)}: ${stackFloor}`,
    },
  ];

  console.log(
    `\nwrk -t1 -c${CONNECTIONS} -d${DURATION} per case, ${ROUNDS} interleaved rounds, Miniflare on 127.0.0.1 (medians)\n`,
  );
  const header = ['case'.padEnd(44), 'req/s'.padStart(7), 'ratio'.padStart(6), 'to', 'p50 ms', 'p99 ms', 'non-2xx'];
  console.log(header.join(' '));
  for (const r of results) {
    console.log(
      [
        r.name.padEnd(44),
        r.rps.toFixed(0).padStart(7),
        (r.baseline === undefined ? '' : r.ratio.toFixed(2)).padStart(6),
        (r.baseline === undefined ? '' : (BASELINE_LETTERS[r.baseline] ?? '?')).padEnd(2),
        (r.p50Us / 1000).toFixed(2).padStart(6),
        (r.p99Us / 1000).toFixed(2).padStart(6),
        String(r.non2xx + r.socketErrors).padStart(7),
      ].join(' '),
    );
  }
  console.log(
    '(ratio to: T the trivial Worker’s bare route, S our static route, P the peer’s static route, U an uncached operation, Q the peer’s same case)',
  );
  console.log(
    `\ncold start, median of ${COLD_STARTS}: ours ${cold.ours.toFixed(0)} ms, trivial Worker ${cold.trivial.toFixed(0)} ms, ratio ${coldRatio.toFixed(2)}`,
  );
  console.log(
    `  of which loading the script (ours to a first /version answer): ${cold.oursStatic.toFixed(0)} ms; workerd alone, without Miniflare: ours ${cold.direct.ours.toFixed(0)} ms, trivial ${cold.direct.trivial.toFixed(0)} ms, ratio ${directRatio.toFixed(2)}`,
  );
  console.log(
    `  the stack's floor (${stackFloor}): ${cold.floor.toFixed(0)} ms under Miniflare, ${cold.direct.floor.toFixed(0)} ms with workerd alone`,
  );
  console.log(`script: ${kib.toFixed(1)} KiB gzipped\n`);
  for (const t of targets) {
    if (Number.isNaN(t.value)) continue;
    const pass = t.most ? t.value <= t.bound : t.value >= t.bound;
    const beside = [t.peer, t.floor].filter((text) => text !== undefined);
    console.log(
      `${pass ? 'PASS' : 'FAIL'}  ${t.name}: ${t.value.toFixed(2)}${beside.length > 0 ? `  (${beside.join('; ')})` : ''}`,
    );
  }

  const figures = {
    date: new Date().toISOString(),
    duration: DURATION,
    connections: Number(CONNECTIONS),
    rounds: ROUNDS,
    cases: results,
    coldStartMs: { ...cold, ratio: coldRatio, directRatio },
    worstRequestCost: 1 / ratioOf(WORST),
    scriptGzipBytes: gzipBytes,
    floorScriptGzipBytes: floorGzipBytes,
    targets,
  };
  console.log(`\nfigures written to ${writeResults('latest.json', figures)}`);
}

await main();
