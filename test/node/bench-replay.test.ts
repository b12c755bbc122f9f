/**
 * The benchmark's floor of a cached answer (bench/replay-worker.ts): the replay keeps exactly the
 * headers our Worker wrote and the body, and the Worker made from it sends them again, to a GET
 * and to a POST, with a new request id each time, as our cached answers do.
 */
import type { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replayed, replayWorker, type Replayed } from '../../bench/replay-worker.js';
import { serveWorker } from '../../bench/worker.js';

const ANSWER = new Response('{"data":{"catalogVersion":"1"}}', {
  status: 200,
  headers: {
    'Content-Type': 'application/json; charset=utf-8',
    ETag: '"abc"',
    'Cache-Status': 'worker-isolate; hit',
    'X-Request-Id': 'not-replayed',
    'Content-Length': '31',
    'Transfer-Encoding': 'chunked',
    'MF-Content-Encoding': 'gzip',
  },
});

describe('the replayed answer', () => {
  it('keeps the headers the Worker wrote and the body, not the transport’s or the request id', async () => {
    expect(await replayed(ANSWER.clone())).toEqual({
      status: 200,
      headers: [
        ['cache-status', 'worker-isolate; hit'],
        ['content-type', 'application/json; charset=utf-8'],
        ['etag', '"abc"'],
      ],
      body: '{"data":{"catalogVersion":"1"}}',
    });
  });
});

describe('the replay Worker', () => {
  let mf: Miniflare;
  let origin: string;
  let answer: Replayed;

  beforeAll(async () => {
    answer = await replayed(ANSWER.clone());
    mf = serveWorker(replayWorker(answer));
    origin = (await mf.ready).origin;
  }, 60_000);
  afterAll(() => mf.dispose());

  it('sends the answer again to a GET and to a POST, each with a new request id', async () => {
    const get = await fetch(`${origin}/graphql?query=%7Ba%7D`);
    const post = await fetch(`${origin}/graphql`, { method: 'POST', body: '{"query":"{a}"}' });
    const ids = [get.headers.get('X-Request-Id'), post.headers.get('X-Request-Id')];
    expect(await replayed(get)).toEqual(answer);
    expect(await replayed(post)).toEqual(answer);
    expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[1]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[0]).not.toBe(ids[1]);
  });
});
