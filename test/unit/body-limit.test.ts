/**
 * The body cap: a declared length over it is refused without reading, a body without one is
 * counted while read, kept only up to the cap, and read to its end before a refusal.
 */
import { describe, expect, it } from 'vitest';
import { declaresMoreThan, declaresWithin, readBodyWithin } from '../../src/http/body-limit.js';

const post = (body: BodyInit | null, headers: Record<string, string> = {}) =>
  new Request('http://127.0.0.1/', { method: 'POST', body, headers });

/** A body of `chunks` chunks of `size` bytes with no declared length, counting the chunks pulled. */
function chunked(chunks: number, size: number) {
  const counter = { pulled: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (counter.pulled === chunks) return controller.close();
      counter.pulled += 1;
      controller.enqueue(new Uint8Array(size).fill(0x61));
    },
  });
  return { stream, counter };
}

describe('the body cap', () => {
  it('reads a body within the cap, byte for byte', async () => {
    const read = await readBodyWithin(post('{"query":"{ catalogVersion }"}'), 100);
    expect(read.kind).toBe('ok');
    expect(read.kind === 'ok' && new TextDecoder().decode(read.bytes!)).toBe('{"query":"{ catalogVersion }"}');
  });

  it('gives null for a request without a body', async () => {
    expect(await readBodyWithin(new Request('http://127.0.0.1/'), 100)).toEqual({ kind: 'ok', bytes: null });
  });

  it('takes a body of exactly the cap', async () => {
    const { stream } = chunked(4, 25);
    const read = await readBodyWithin(post(stream), 100);
    expect(read.kind === 'ok' && read.bytes?.byteLength).toBe(100);
  });

  it('refuses a declared length over the cap without reading the body', async () => {
    const request = post('x'.repeat(10), { 'content-length': '101' });
    expect(declaresMoreThan(request.headers, 100)).toBe(true);
    expect(await readBodyWithin(request, 100)).toEqual({ kind: 'too-large' });
    expect(request.bodyUsed).toBe(false);
  });

  it('refuses a body without a declared length past the cap, reading the rest before it answers', async () => {
    const { stream, counter } = chunked(1000, 64);
    expect(await readBodyWithin(post(stream), 100)).toEqual({ kind: 'too-large' });
    // Read to its end, so no part-read body is left behind; what passed the cap was not kept.
    expect(counter.pulled).toBe(1000);
  });

  it('refuses a body whose sender breaks off past the cap, without failing', async () => {
    let pulled = 0;
    const broken = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        if (pulled > 3) controller.error(new Error('connection lost'));
        else controller.enqueue(new Uint8Array(64));
      },
    });
    expect(await readBodyWithin(post(broken), 100)).toEqual({ kind: 'too-large' });
  });

  it('ignores a missing or unreadable Content-Length', () => {
    expect(declaresMoreThan(new Headers(), 100)).toBe(false);
    expect(declaresMoreThan(new Headers({ 'content-length': 'lots' }), 100)).toBe(false);
  });

  it('lets a body pass unread only when a well-formed declared length is within the cap', () => {
    expect(declaresWithin(new Headers({ 'content-length': '100' }), 100)).toBe(true);
    expect(declaresWithin(new Headers({ 'content-length': '101' }), 100)).toBe(false);
    expect(declaresWithin(new Headers({ 'content-length': '1e2' }), 100)).toBe(false);
    expect(declaresWithin(new Headers({ 'content-length': '-1' }), 100)).toBe(false);
    expect(declaresWithin(new Headers(), 100)).toBe(false);
  });
});
