/**
 * Starts the Worker the way `npm start` does (wrangler dev, static assets included) on a free
 * loopback port, for tests that need a real HTTP server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export interface DevServer {
  readonly origin: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * Stops the child and everything it started: `npx` starts wrangler, which starts workerd, and a
 * signal to `npx` alone would leave both running. The child leads its own process group.
 */
function stopped(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.pid === undefined) return resolve();
    child.once('exit', () => resolve());
    process.kill(-child.pid, 'SIGTERM');
  });
}

/** Nothing listens there: lookups fail at once on loopback and never go out. */
const NO_RESOLVER = 'http://127.0.0.1:15339/dns-query';

/**
 * Starts `wrangler dev` and resolves once it answers on 127.0.0.1. `vars` are Worker variables;
 * DOH_URL, unless given, names a loopback port where nothing listens. `persistTo` is a state
 * folder of the test's own (its D1), instead of the project's `.wrangler/state`.
 */
export async function startDevServer(
  vars: Readonly<Record<string, string>> = {},
  persistTo?: string,
): Promise<DevServer> {
  const port = await freePort();
  const variables = Object.entries({ DOH_URL: NO_RESOLVER, ...vars }).flatMap(([name, value]) => [
    '--var',
    `${name}:${value}`,
  ]);
  const state = persistTo === undefined ? [] : ['--persist-to', persistTo];
  const child = spawn(
    'npx',
    ['wrangler', 'dev', '--ip', '127.0.0.1', '--port', String(port), '--inspector-port', '0', ...state, ...variables],
    {
      env: {
        ...process.env,
        WRANGLER_HIDE_BANNER: 'true',
        WRANGLER_SEND_METRICS: 'false',
        CLOUDFLARE_CF_FETCH_ENABLED: 'false',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited:\n${output}`);
    try {
      const response = await fetch(`${origin}/graphql?query=%7BcatalogVersion%7D`);
      if (response.ok) return { origin, stop: () => stopped(child) };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stopped(child);
  throw new Error(`wrangler dev did not answer within 90 s:\n${output}`);
}
