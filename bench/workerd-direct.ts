// A Worker started by workerd alone, without Miniflare: the cold-start figures need to tell the
// runtime's own start-up from Miniflare's (its loopback server, its entry worker and the services
// it simulates, such as the Cache API). Writes a workerd configuration next to the script and runs
// the workerd binary that Miniflare itself uses, on a free port of 127.0.0.1.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const WORKERD = join(dirname(require.resolve('@cloudflare/workerd-linux-64/package.json')), 'bin', 'workerd');

/** A port of 127.0.0.1 that was free a moment ago. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
}

/** The configuration serving `script` with `RATE_LIMIT` off and an ASSETS binding answering 404. */
const config = (port: number, compatibilityDate: string) => `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [ (name = "main", worker = .main), (name = "assets", worker = .assets) ],
  sockets = [ (name = "http", address = "127.0.0.1:${port}", http = (), service = "main") ],
);
const main :Workerd.Worker = (
  modules = [ (name = "worker.js", esModule = embed "worker.js") ],
  compatibilityDate = "${compatibilityDate}",
  bindings = [ (name = "RATE_LIMIT", text = "off"), (name = "ASSETS", service = "assets") ],
);
const assets :Workerd.Worker = (
  modules = [ (name = "assets.js", esModule = "export default { fetch() { return new Response('Not found', { status: 404 }); } }") ],
  compatibilityDate = "${compatibilityDate}",
);
`;

/** CPU time of `pid`, all its threads, in milliseconds (Linux schedstat, nanoseconds). */
export function cpuMilliseconds(pid: number): number {
  return (
    readdirSync(`/proc/${pid}/task`).reduce(
      (sum, task) => sum + Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]),
      0,
    ) / 1e6
  );
}

export interface DirectStart {
  /** Milliseconds from starting workerd to the end of the first answer. */
  readonly wallMs: number;
  /** CPU milliseconds workerd spent until then. */
  readonly cpuMs: number;
}

/** Starts workerd on `code`, sends it `path` until it answers, and stops it again. */
export async function directColdStart(code: string, path: string, compatibilityDate: string): Promise<DirectStart> {
  const dir = mkdtempSync(join(tmpdir(), 'workerd-cold-'));
  const port = await freePort();
  writeFileSync(join(dir, 'worker.js'), code);
  writeFileSync(join(dir, 'config.capnp'), config(port, compatibilityDate));
  const start = performance.now();
  const child = spawn(WORKERD, ['serve', join(dir, 'config.capnp')], { stdio: 'ignore' });
  try {
    for (;;) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}${path}`);
        await response.arrayBuffer();
        if (!response.ok) throw new Error(`the first answer was ${response.status}`);
        return { wallMs: performance.now() - start, cpuMs: cpuMilliseconds(child.pid ?? 0) };
      } catch (error) {
        if (!(error instanceof TypeError)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
    }
  } finally {
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}
