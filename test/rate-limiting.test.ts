/**
 * Rate limiting per client address: over the limit, a 429 with Retry-After and a GraphQL error;
 * other addresses are still served. The test pool switches it off for every other test; here it
 * is switched on with a limiter of 2 requests per address. The limiter counts in memory rather
 * than in Miniflare's fixed 60-second windows, so a window ending mid-test cannot reset the count.
 */
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import wranglerToml from '../wrangler.toml?raw';
import worker from '../src/index.js';
import { RATE_LIMIT_PERIOD_SECONDS } from '../src/limits.js';
import { uniqueName } from './helpers/client.js';

/** A limiter that lets `limit` requests through per key, for as long as the test runs. */
function countingLimiter(limit: number): RateLimit {
  const counts = new Map<string, number>();
  return {
    limit: ({ key }) => {
      const count = (counts.get(key) ?? 0) + 1;
      counts.set(key, count);
      return Promise.resolve({ success: count <= limit });
    },
  };
}

const limited = { ...env, RATE_LIMIT: 'on', RATE_LIMITER: countingLimiter(2) };

/** A GraphQL GET from `address`, straight to the Worker's fetch with `bindings`. */
async function fetchFrom(address: string, bindings: typeof env = limited): Promise<Response> {
  const request = new Request('http://127.0.0.1/graphql?query=%7BcatalogVersion%7D', {
    headers: { 'CF-Connecting-IP': address, accept: 'application/json' },
  });
  const ctx = createExecutionContext();
  const response = await worker.fetch(request as Parameters<typeof worker.fetch>[0], bindings, ctx);
  await waitOnExecutionContext(ctx);
  return response;
}

/** An address no other test has used, so the limiter's counts start at zero. */
const freshAddress = () => uniqueName('client-');

describe('rate limiting', () => {
  it('answers 429 with Retry-After once an address is over its limit, and serves another', async () => {
    const address = freshAddress();
    expect((await fetchFrom(address)).status).toBe(200);
    expect((await fetchFrom(address)).status).toBe(200);
    const refused = await fetchFrom(address);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('Retry-After')).toBe(String(RATE_LIMIT_PERIOD_SECONDS));
    expect(refused.headers.get('Cache-Control')).toBe('no-store');
    expect(refused.headers.get('X-Request-Id')).toBeTruthy();
    const body = await refused.json<{ errors: { message: string; extensions: { code: string } }[] }>();
    expect(body.errors[0]?.extensions.code).toBe('RATE_LIMITED');
    expect(body.errors[0]?.message).toContain(`${RATE_LIMIT_PERIOD_SECONDS} seconds`);

    const other = await fetchFrom(freshAddress());
    expect(other.status).toBe(200);
    expect(await other.json()).toMatchObject({ data: { catalogVersion: expect.any(String) } });
  });

  it('counts an IPv6 client by its /64, so rotating addresses in it does not help (issue 20, item 8)', async () => {
    const prefix = `2001:db8:${(Date.now() % 0xffff).toString(16)}:${Math.floor(Math.random() * 0xffff).toString(16)}`;
    expect((await fetchFrom(`${prefix}::1`)).status).toBe(200);
    expect((await fetchFrom(`${prefix}:0:0:0:2`)).status).toBe(200);
    // The attack: a new address of the same /64 for every request, written every way there is.
    for (const rotated of [`${prefix}:ffff:1:2:3`, `${prefix.toUpperCase()}::abcd`, `${prefix}::ffff:192.0.2.1`]) {
      expect((await fetchFrom(rotated)).status, rotated).toBe(429);
    }
    // The next /64 is another client, served.
    const next = await fetchFrom(`2001:db8:ffff:${Math.floor(Math.random() * 0xffff).toString(16)}::1`);
    expect(next.status).toBe(200);
    expect(await next.json()).toMatchObject({ data: { catalogVersion: expect.any(String) } });
  });

  it('counts nothing when RATE_LIMIT is "off"', async () => {
    const address = freshAddress();
    const off = { ...limited, RATE_LIMIT: 'off' };
    for (let i = 0; i < 4; i += 1) expect((await fetchFrom(address, off)).status).toBe(200);
  });

  it('lets requests through when the limiter itself fails', async () => {
    const failing: RateLimit = { limit: () => Promise.reject(new Error('limiter down')) };
    expect((await fetchFrom(freshAddress(), { ...limited, RATE_LIMITER: failing })).status).toBe(200);
  });

  it('has the same period in wrangler.toml as in Retry-After', () => {
    const binding = /\[\[ratelimits\]\][^[]*name = "RATE_LIMITER"[^[]*simple = \{[^}]*period = (\d+)/.exec(
      wranglerToml,
    );
    expect(binding?.[1]).toBe(String(RATE_LIMIT_PERIOD_SECONDS));
  });
});
