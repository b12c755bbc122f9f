/**
 * Serves a page and its script on a free port of 127.0.0.1, an origin of its own, so a script in
 * a browser talks to the API as a partner's web page on another site would: a bundled test script,
 * or a static example page as it is.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { build } from 'esbuild';

export interface PageServer {
  readonly origin: string;
  stop(): Promise<void>;
}

/** The script at `entry`, bundled with everything it imports for a browser, as one file. */
async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

/** A file the server answers with: its media type and its text. */
interface ServedFile {
  readonly contentType: string;
  readonly body: string;
}

/** Serves `files` by path on a port of its own; any other path is a 404. */
async function serveFiles(files: Readonly<Record<string, ServedFile>>): Promise<PageServer> {
  const server = createServer((request, response) => {
    const file = files[new URL(request.url ?? '/', 'http://127.0.0.1').pathname];
    if (file === undefined) response.writeHead(404).end();
    else response.writeHead(200, { 'Content-Type': file.contentType }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('the page server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    stop: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

const HTML = 'text/html; charset=utf-8';
const JAVASCRIPT = 'text/javascript; charset=utf-8';

/** Serves an empty page that runs the bundle of `entry` at `/`, and the bundle at `/page.js`. */
export async function startPageServer(entry: string): Promise<PageServer> {
  const html =
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Partner page</title></head>\n<body><script src="/page.js"></script></body></html>\n';
  return serveFiles({
    '/': { contentType: HTML, body: html },
    '/page.js': { contentType: JAVASCRIPT, body: await bundle(entry) },
  });
}

/** Serves a static page as it is: `index.html` at `/`, and each of `scripts` beside it. */
export function startStaticServer(directory: string, scripts: readonly string[]): Promise<PageServer> {
  return serveFiles({
    '/': { contentType: HTML, body: readFileSync(join(directory, 'index.html'), 'utf8') },
    ...Object.fromEntries(
      scripts.map((name) => [
        `/${name}`,
        { contentType: JAVASCRIPT, body: readFileSync(join(directory, name), 'utf8') },
      ]),
    ),
  });
}
