/**
 * Serves a page and its bundled script on a free port of 127.0.0.1, an origin of its own, so a
 * script in a browser talks to the API as a partner's web page on another site would.
 */
import { createServer } from 'node:http';
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

/** Serves an empty page that runs the bundle of `entry` at `/`, and the bundle at `/page.js`. */
export async function startPageServer(entry: string): Promise<PageServer> {
  const script = await bundle(entry);
  const html =
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Partner page</title></head>\n<body><script src="/page.js"></script></body></html>\n';
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/page.js') response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' }).end(script);
    else if (path === '/') response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('the page server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    stop: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
