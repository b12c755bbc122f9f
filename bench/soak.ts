// `npm run soak`: a bounded load-and-fault run against the built Worker. Builds it as a deploy
// would, serves it with Miniflare on 127.0.0.1 and sends a fixed number of requests over several
// concurrent connections, valid, invalid and hostile ones interleaved (bench/soak-requests.ts).
// Every answer to a valid request is compared with a direct evaluation of its operation. Prints
// the figures, writes them to bench/results/soak.json, and exits non-zero on any 5xx, any wrong
// answer, or any request that did not complete.
import { answerOf, DirectEvaluation, sameAnswer, type Answer } from './direct-evaluation.js';
import { writeResults } from './results.js';
import {
  PERSISTED_QUERIES,
  SOAK_CASES,
  type Choice,
  type Kind,
  type SoakCase,
  type SoakRequest,
} from './soak-requests.js';
import { buildWorker, serveWorker, TRIVIAL_WORKER } from './worker.js';
import { WorkerInspector, type HeapUsage } from './worker-inspector.js';
import { processMemory, workerdProcesses, type ProcessMemory } from './workerd-memory.js';

/** What a fetch failure's cause says: undici puts a system error there, with a message. */
const describeCause = (cause: unknown): string => (cause instanceof Error ? cause.message : JSON.stringify(cause));

const REQUESTS = Number(process.env.SOAK_REQUESTS ?? 60_000);
const CONNECTIONS = Number(process.env.SOAK_CONNECTIONS ?? 16);
const SEED = Number(process.env.SOAK_SEED ?? 1);
/** SOAK_BASELINE=1 replays the same requests to a trivial Worker, to compare memory with. */
const BASELINE = process.env.SOAK_BASELINE === '1';
/** Which kinds of request to send (comma-separated); all by default, one alone to tell their effects apart. */
const KINDS = (process.env.SOAK_KINDS ?? 'valid,invalid,hostile').split(',');
const CASES = SOAK_CASES.filter((c) => KINDS.includes(c.kind));
/** A request still unanswered after this long counts as a transport error. */
const TIMEOUT_MS = 30_000;
/** The Worker's memory is sampled this many times during the run, to tell growth from a plateau. */
const MEMORY_SAMPLES = 20;
/** How many examples of each kind of failure the report shows. */
const EXAMPLES_SHOWN = 5;

/** mulberry32: small, fast and good enough to pick requests reproducibly. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** The choices for request `index`: the same on every run with the same seed. */
function choiceFor(index: number): Choice {
  const random = seeded(SEED * 1_000_003 + index);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  return { index, int, one: (values) => values[int(0, values.length - 1)]!, chance: (p) => random() < p };
}

const TOTAL_WEIGHT = CASES.reduce((sum, c) => sum + c.weight, 0);

function pickCase(choose: Choice): SoakCase {
  let ticket = choose.int(1, TOTAL_WEIGHT);
  return CASES.find((c) => (ticket -= c.weight) <= 0)!;
}

interface Failure {
  readonly case: string;
  readonly request: string;
  readonly detail: string;
}

/** What the run saw. */
class Tally {
  completed = 0;
  readonly byStatus: Record<string, number> = {};
  readonly byKind: Record<Kind, Record<string, number>> = { valid: {}, invalid: {}, hostile: {} };
  readonly byCase: Record<string, Record<string, number>> = {};
  readonly serverErrors: Failure[] = [];
  readonly wrongAnswers: Failure[] = [];
  readonly transportErrors: Failure[] = [];
  /** Resident memory of workerd (KiB) after each twentieth of the requests. */
  readonly memory: { requests: number; rssKiB: number }[] = [];

  constructor(readonly workerdPid: number) {}

  count(soakCase: SoakCase, status: number | typeof RESET): void {
    this.completed += 1;
    if (this.completed % Math.ceil(REQUESTS / MEMORY_SAMPLES) === 0) {
      this.memory.push({ requests: this.completed, rssKiB: processMemory(this.workerdPid).rssKiB });
    }
    for (const counts of [this.byStatus, this.byKind[soakCase.kind], (this.byCase[soakCase.name] ??= {})]) {
      counts[status] = (counts[status] ?? 0) + 1;
    }
  }
}

/** What a refused request may get instead of a status: the server closing its connection. */
const RESET = 'connection reset';
const RESET_CODES = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET']);
const isReset = (error: unknown) =>
  error instanceof Error && RESET_CODES.has(String((error.cause as { code?: unknown } | undefined)?.code));

const describeRequest = (request: SoakRequest) => `${request.method} ${request.path.slice(0, 120)}`;

/**
 * Sends `request`. Only valid requests share kept-alive connections: a server may refuse a
 * request before reading its body and then close the connection, which would otherwise reset
 * the next request sent on it, as a browser's separate connections would not.
 */
async function send(origin: string, request: SoakRequest, kind: Kind): Promise<{ status: number; text: string }> {
  const streamed = typeof request.body === 'function';
  const response = await fetch(`${origin}${request.path}`, {
    method: request.method,
    headers: kind === 'valid' ? request.headers : { ...request.headers, connection: 'close' },
    body: typeof request.body === 'function' ? request.body() : request.body,
    // Node's fetch sends a stream only half-duplex, and without a length: chunked.
    ...(streamed && { duplex: 'half' }),
    redirect: 'manual',
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  return { status: response.status, text: await response.text() };
}

/** Why the Worker's answer to a valid request is wrong, or undefined when it is right. */
function wrongness(status: number, text: string, expected: Answer): string | undefined {
  if (status !== 200) return `status ${status}: ${text.slice(0, 200)}`;
  let actual: Answer;
  try {
    actual = answerOf(JSON.parse(text));
  } catch {
    return `not JSON: ${text.slice(0, 200)}`;
  }
  if (sameAnswer(actual, expected)) return undefined;
  return `got ${JSON.stringify(actual).slice(0, 300)}, expected ${JSON.stringify(expected).slice(0, 300)}`;
}

/** Sends request `index`; checks a valid request's answer when given an evaluation to check it with. */
async function sendAndCheck(
  origin: string,
  index: number,
  evaluation: DirectEvaluation | undefined,
  tally: Tally,
): Promise<void> {
  const choose = choiceFor(index);
  const soakCase = pickCase(choose);
  const request = soakCase.make(choose);
  const failure = (detail: string): Failure => ({ case: soakCase.name, request: describeRequest(request), detail });
  let answer: { status: number; text: string };
  try {
    answer = await send(origin, request, soakCase.kind);
  } catch (error) {
    if (soakCase.kind !== 'valid' && isReset(error)) {
      tally.count(soakCase, RESET);
      return;
    }
    const cause = error instanceof Error && error.cause !== undefined ? ` (${describeCause(error.cause)})` : '';
    tally.transportErrors.push(failure(`${String(error)}${cause}`));
    return;
  }
  tally.count(soakCase, answer.status);
  if (answer.status >= 500) tally.serverErrors.push(failure(`status ${answer.status}: ${answer.text.slice(0, 200)}`));
  if (evaluation === undefined) return;
  if (request.expectedDocument !== undefined) {
    const document = await request.expectedDocument(origin);
    if (answer.status !== 200 || answer.text !== document) {
      tally.wrongAnswers.push(
        failure(
          `status ${answer.status}, ${answer.text === document ? 'same' : 'another'} document: ${answer.text.slice(0, 200)}`,
        ),
      );
    }
    return;
  }
  if (request.operation === undefined) return;
  const wrong = wrongness(answer.status, answer.text, await evaluation.expected(request.operation, origin));
  if (wrong !== undefined) tally.wrongAnswers.push(failure(wrong));
}

/** Sends requests 0 to REQUESTS - 1 over CONNECTIONS concurrent connections, each taking the next. */
async function drive(origin: string, evaluation: DirectEvaluation | undefined, workerdPid: number): Promise<Tally> {
  const tally = new Tally(workerdPid);
  let next = 0;
  const connection = async () => {
    while (next < REQUESTS) await sendAndCheck(origin, next++, evaluation, tally);
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, connection));
  return tally;
}

/** Registers the persisted queries the load asks for by hash, as a client would on a first miss. */
async function registerPersistedQueries(origin: string): Promise<void> {
  for (const { query, sha256Hash } of PERSISTED_QUERIES) {
    const response = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash } } }),
    });
    if (!response.ok)
      throw new Error(`registering a persisted query failed: ${response.status} ${await response.text()}`);
  }
}

/** The workerd process serving the Worker (the only one this process started). */
function workerdPid(): number {
  const pids = workerdProcesses();
  if (pids.length !== 1) throw new Error(`expected one workerd process, found ${pids.length}`);
  return pids[0]!;
}

const mib = (kiB: number) => `${(kiB / 1024).toFixed(1)} MiB`;

function printFailures(title: string, failures: readonly Failure[]): void {
  console.log(`${title}: ${failures.length}`);
  for (const f of failures.slice(0, EXAMPLES_SHOWN)) console.log(`  [${f.case}] ${f.request}\n    ${f.detail}`);
}

interface Run {
  readonly tally: Tally;
  readonly seconds: number;
  readonly heapAtStart: HeapUsage;
  readonly heapAtEnd: HeapUsage;
  readonly memoryAtStart: ProcessMemory;
  readonly memoryAtEnd: ProcessMemory;
}

/** Serves `code` and sends it the whole sequence of requests, checking answers against `evaluation` if given. */
async function soak(code: string, evaluation?: DirectEvaluation): Promise<Run> {
  // RATE_LIMIT: the soak sends far more than any one client may; the limit has its own tests.
  const mf = serveWorker(code, { bindings: { RATE_LIMIT: 'off' }, quiet: true, inspect: true });
  try {
    const origin = (await mf.ready).origin;
    if (evaluation !== undefined) await registerPersistedQueries(origin);
    const heap = await WorkerInspector.open(mf, origin);
    const pid = workerdPid();
    const heapAtStart = await heap.usage();
    const memoryAtStart = processMemory(pid);
    const start = performance.now();
    const tally = await drive(origin, evaluation, pid);
    const seconds = (performance.now() - start) / 1000;
    const memoryAtEnd = processMemory(pid);
    const heapAtEnd = await heap.usage();
    heap.close();
    return { tally, seconds, heapAtStart, heapAtEnd, memoryAtStart, memoryAtEnd };
  } finally {
    await mf.dispose();
  }
}

const heapLine = ({ heapAtStart: start, heapAtEnd: end }: Run) =>
  `start ${mib(start.usedBytes / 1024)}, end ${mib(end.usedBytes / 1024)} (heap reserved at the end ${mib(end.totalBytes / 1024)})`;

const memoryLine = ({ memoryAtStart: start, memoryAtEnd: end, tally }: Run) =>
  `start ${mib(start.rssKiB)}, end ${mib(end.rssKiB)}, peak ${mib(end.peakRssKiB)}; ` +
  `during the run: ${tally.memory.map((m) => (m.rssKiB / 1024).toFixed(0)).join(' ')} MiB`;

async function main(): Promise<void> {
  const evaluation = new DirectEvaluation();
  const run = await soak(buildWorker(), evaluation);
  const { tally, seconds } = run;
  // workerd and Miniflare's own parts grow under load too; a trivial Worker under the same
  // requests shows how much of the growth is theirs.
  const baseline = BASELINE ? await soak(TRIVIAL_WORKER) : undefined;

  const figures = {
    date: new Date().toISOString(),
    requested: REQUESTS,
    connections: CONNECTIONS,
    seed: SEED,
    kinds: KINDS,
    completed: tally.completed,
    seconds,
    requestsPerSecond: tally.completed / seconds,
    byStatus: tally.byStatus,
    byKind: tally.byKind,
    byCase: tally.byCase,
    serverErrors: tally.serverErrors.length,
    wrongAnswers: tally.wrongAnswers.length,
    transportErrors: tally.transportErrors.length,
    distinctOperationsEvaluated: evaluation.size,
    workerHeap: {
      measured: "V8 heap of the Worker's isolate in use after a forced garbage collection, via workerd's inspector",
      start: run.heapAtStart,
      end: run.heapAtEnd,
      ...(baseline !== undefined && { trivialWorker: { start: baseline.heapAtStart, end: baseline.heapAtEnd } }),
    },
    workerdMemory: {
      measured: 'resident set (VmRSS, peak VmHWM) of the workerd process, from /proc',
      start: run.memoryAtStart,
      end: run.memoryAtEnd,
      during: tally.memory,
      ...(baseline !== undefined && {
        trivialWorker: { start: baseline.memoryAtStart, end: baseline.memoryAtEnd, during: baseline.tally.memory },
      }),
    },
    failures: {
      serverErrors: tally.serverErrors.slice(0, EXAMPLES_SHOWN),
      wrongAnswers: tally.wrongAnswers.slice(0, EXAMPLES_SHOWN),
      transportErrors: tally.transportErrors.slice(0, EXAMPLES_SHOWN),
    },
  };
  const passed = tally.serverErrors.length === 0 && tally.wrongAnswers.length === 0 && tally.completed === REQUESTS;

  console.log(
    `\nsoak: ${REQUESTS} requests (${KINDS.join(', ')}) over ${CONNECTIONS} connections, seed ${SEED}, Miniflare on 127.0.0.1`,
  );
  console.log(
    `completed ${tally.completed} in ${seconds.toFixed(1)} s (${figures.requestsPerSecond.toFixed(0)} req/s)`,
  );
  console.log(`by status: ${JSON.stringify(tally.byStatus)}`);
  for (const [kind, counts] of Object.entries(tally.byKind))
    console.log(`  ${kind.padEnd(8)} ${JSON.stringify(counts)}`);
  console.log(`distinct valid operations checked against a direct evaluation: ${evaluation.size}`);
  printFailures('5xx', tally.serverErrors);
  printFailures('wrong answers to valid requests', tally.wrongAnswers);
  printFailures('transport errors', tally.transportErrors);
  console.log(
    "Worker heap (V8 heap of the Worker's isolate in use after a forced GC, read through workerd's inspector):",
  );
  console.log(`  this Worker:    ${heapLine(run)}`);
  if (baseline !== undefined) console.log(`  trivial Worker: ${heapLine(baseline)}`);
  console.log(
    `workerd process (resident set, VmRSS from /proc/${run.memoryAtEnd.pid}/status; the whole runtime and Miniflare's services):`,
  );
  console.log(`  this Worker:    ${memoryLine(run)}`);
  if (baseline !== undefined) console.log(`  trivial Worker: ${memoryLine(baseline)}`);
  console.log(`${passed ? 'PASS' : 'FAIL'}  0 5xx, 0 wrong answers, all ${REQUESTS} requests completed`);
  console.log(`figures written to ${writeResults('soak.json', figures)}`);
  if (!passed) process.exitCode = 1;
}

await main();
