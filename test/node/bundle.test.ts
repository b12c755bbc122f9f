/**
 * The Worker's bundle as `wrangler deploy` builds it: within its size budget with every feature,
 * and without what it never runs (Yoga's landing page, which `landingPage: false` never serves,
 * the catalog check, which runs before the build instead of in each isolate, and graphql-js's
 * development checks).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
/**
 * The ceiling the script may not pass: 180 KiB gzipped. The benchmark's target stays 150 KiB
 * (issues 15 and 24) and `npm run bench` reports it PASS or FAIL; with the server checks, the
 * privacy rules and the 1.1.0 fields the script was 156.3 KiB, and the DNS checks add 16.3 KiB
 * (the packet library @leichtgewicht/dns-packet 7.3 KiB: its codecs sit behind one switch that no
 * bundler can shake; the checks, their texts in two languages and their schema descriptions
 * 9 KiB), making 172.2 KiB; the domain check on the page and its texts brought it to 174.4 KiB.
 * The servers' status on the page (its renderer, its texts in two languages, the hourly history
 * and its schema descriptions, the page operation in the manifest: 2.6 KiB) and the provider's
 * name and the empty-field messages (0.4 KiB) make 177.5 KiB. The ceiling keeps it from growing
 * further unnoticed.
 */
const MAX_GZIP_BYTES = 180 * 1024;

let outdir: string;
let bundle: string;

beforeAll(() => {
  outdir = mkdtempSync(join(tmpdir(), 'bundle-'));
  execFileSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', outdir], {
    cwd: ROOT,
    stdio: 'ignore',
    env: { ...process.env, WRANGLER_HIDE_BANNER: 'true', WRANGLER_SEND_METRICS: 'false' },
  });
  bundle = readFileSync(join(outdir, 'index.js'), 'utf8');
}, 120_000);

afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe('the Worker bundle', () => {
  it('is within 180 KiB gzipped', () => {
    expect(gzipSync(bundle).length).toBeLessThanOrEqual(MAX_GZIP_BYTES);
  });

  it('leaves out Yoga’s landing page', () => {
    expect(bundle).toContain('__GRAPHIQL_LINK__');
    expect(bundle).not.toContain('Welcome to GraphQL Yoga');
  });

  it('checks graphql-js types without the development warning of a second graphql', () => {
    expect(bundle).not.toContain('from another module or realm');
  });

  it('leaves out the catalog check', () => {
    expect(bundle).not.toContain('Catalog rule');
  });
});
