// Builds the Worker as `wrangler deploy` would and serves the bundle with Miniflare on 127.0.0.1,
// without wrangler's proxy in front, so the benchmark and the soak both measure the Worker alone
// and build and start it the same way.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Miniflare } from 'miniflare';

/** The repository root, with a trailing slash. */
export const ROOT = new URL('..', import.meta.url).pathname;
const SCRIPT = `${ROOT}dist/index.js`;
const compatibilityDate = /compatibility_date\s*=\s*"([^"]+)"/.exec(readFileSync(`${ROOT}wrangler.toml`, 'utf8'))?.[1];
if (compatibilityDate === undefined) throw new Error('wrangler.toml names no compatibility_date');
/** wrangler.toml's compatibility date, which every Worker the benchmark starts runs with. */
export const COMPATIBILITY_DATE: string = compatibilityDate;

/** The operation the cached and uncached cases send: the help page's port table. */
export const PORT_TABLE = '{ servers { hostName endpoints { protocol security port advice uri } } }';

/** A Worker that does nothing but answer, to tell the runtime's share of a figure from ours. */
export const TRIVIAL_WORKER =
  'export default { fetch() { return new Response("{}", { headers: { "content-type": "application/json" } }) } }';

/** A Worker to bundle: its wrangler configuration, and where the bundle lands. */
export interface BuildTarget {
  readonly config: string;
  readonly outdir: string;
  /** The bundle's file name, after the entry's. */
  readonly script: string;
  /** False for a bundle whose function names a profile can show. */
  readonly minify?: false;
}

/** Ours, as `npm run build` bundles it. */
export const OURS: BuildTarget = { config: 'wrangler.toml', outdir: 'dist', script: 'index.js' };

/** Ours unminified, for profiles (bench/profile.ts). */
export const OURS_UNMINIFIED: BuildTarget = { ...OURS, outdir: 'dist/profile', minify: false };

/** The peer: our schema on Yoga with its response-cache plugin (bench/peer-worker.ts). */
export const PEER: BuildTarget = { config: 'bench/peer.wrangler.toml', outdir: 'dist/peer', script: 'peer-worker.js' };

/** The stack's floor: Yoga serving a one-field Pothos schema, nothing of ours (bench/floor-worker.ts). */
export const FLOOR: BuildTarget = {
  config: 'bench/floor.wrangler.toml',
  outdir: 'dist/floor',
  script: 'floor-worker.js',
};

/** The one operation the floor Worker answers. */
export const FLOOR_QUERY = '{ hello }';

/** Bundles `target` as `wrangler deploy --dry-run` would and returns the bundle's text. */
export function buildWorker({ config, outdir, script, minify }: BuildTarget = OURS): string {
  const args = ['wrangler', 'deploy', '--dry-run', '--config', config, '--outdir', `${ROOT}${outdir}`];
  execFileSync('npx', minify === false ? [...args, '--minify=false'] : args, {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, WRANGLER_HIDE_BANNER: 'true', WRANGLER_SEND_METRICS: 'false' },
  });
  return readFileSync(`${ROOT}${outdir}/${script}`, 'utf8');
}

/** How to serve the Worker: its variables, and whether to drop what it logs. */
export interface ServeOptions {
  readonly bindings?: Record<string, string>;
  /** Drops the Worker's console output: a fault run provokes thousands of logged rejections. */
  readonly quiet?: boolean;
  /** Opens workerd's inspector on a free port, to read the Worker's heap or profile it (worker-inspector.ts). */
  readonly inspect?: boolean;
}

/**
 * A Miniflare instance serving `code` as one ES module on a
 * free port of 127.0.0.1. Handing Miniflare the module text (rather than a path) spares it parsing
 * the bundle for imports, which would count as start-up time.
 */
export function serveWorker(
  code: string,
  { bindings = {}, quiet = false, inspect = false }: ServeOptions = {},
): Miniflare {
  return new Miniflare({
    modules: [{ type: 'ESModule', path: SCRIPT, contents: code }],
    // Nothing listens there: a lookup for an address at a domain the catalog does not list fails at
    // once on loopback instead of asking a public resolver, so runs stay offline and comparable.
    bindings: { DOH_URL: 'http://127.0.0.1:15339/dns-query', ...bindings },
    compatibilityDate: COMPATIBILITY_DATE,
    host: '127.0.0.1',
    port: 0,
    // Neither run requests a static asset; unmatched paths get this 404.
    serviceBindings: { ASSETS: () => new Response('Not found', { status: 404 }) },
    ...(inspect && { inspectorPort: 0 }),
    ...(quiet && { handleRuntimeStdio: (stdout, stderr) => [stdout, stderr].forEach((stream) => stream.resume()) }),
  });
}
