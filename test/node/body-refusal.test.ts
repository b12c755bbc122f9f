/**
 * A refused body leaves the server whole for everyone else. Against the Worker under `wrangler dev`
 * (real sockets, as clients reach it): a 70 KB chunked POST to /graphql, and a 20 KB one to
 * Autodiscover, are refused at the cap, and the honest POST and GET that follow from other
 * connections are answered. While the guard cancelled such a body at the cap, the next POST got
 * 503 "Your worker restarted mid-request", every time.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevServer, type DevServer } from '../browser/dev-server.js';

let server: DevServer;

beforeAll(async () => {
  server = await startDevServer();
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

/** Sends `kilobytes` of junk to `path` in chunks, without a declared length; resolves to the status. */
function chunkedPost(path: string, kilobytes: number): Promise<number> {
  const { hostname, port } = new URL(server.origin);
  return new Promise((resolve, reject) => {
    const sending = request(
      { hostname, port, path, method: 'POST', headers: { 'Content-Type': 'application/json' } },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    sending.on('error', reject);
    for (let sent = 0; sent < kilobytes; sent += 1) sending.write('x'.repeat(1024));
    sending.end();
  });
}

/** The statuses of an honest POST and GET, each on a connection of its own. */
async function honestStatuses(): Promise<number[]> {
  const post = await fetch(`${server.origin}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Connection: 'close' },
    body: JSON.stringify({ query: '{ schemaVersion }' }),
    signal: AbortSignal.timeout(10_000),
  });
  const get = await fetch(`${server.origin}/graphql?query=%7BcatalogVersion%7D`, {
    headers: { Connection: 'close' },
    signal: AbortSignal.timeout(10_000),
  });
  return [post.status, get.status];
}

describe('a chunked body over the cap', () => {
  for (const [path, kilobytes] of [
    ['/graphql', 70],
    ['/autodiscover/autodiscover.xml', 20],
  ] as const) {
    it(`at ${path} (${kilobytes} KB, chunked) leaves the next clients answered, five times over`, async () => {
      for (let round = 0; round < 5; round += 1) {
        expect(await chunkedPost(path, kilobytes)).toBe(413);
        expect(await honestStatuses()).toEqual([200, 200]);
      }
    }, 60_000);
  }
});
