/**
 * Rate limiting per client address (per /64 for IPv6), with the Workers rate-limiting binding (`RATE_LIMITER` in
 * wrangler.toml). It is on wherever the binding exists, unless `RATE_LIMIT` is "off" (the test
 * pool, where every request comes from one address). A failing limiter lets the request through:
 * the limiter protects the API, it must not take it down.
 */
import type { Env } from '../env.js';
import { countedNetwork } from '../lib/ip-prefix.js';
import { RATE_LIMIT_PERIOD_SECONDS } from '../limits.js';
import { rejection } from './rejection.js';

/**
 * The key requests are counted under: the client's address as Cloudflare saw it, an IPv6
 * address by its /64 (one subscriber's share, which a client could otherwise rotate through).
 */
function rateLimitKey(request: Request): string {
  return countedNetwork(request.headers.get('CF-Connecting-IP') ?? 'unknown');
}

/** The limiter to count with, or undefined when rate limiting is off. */
export function activeLimiter(env: Pick<Env, 'RATE_LIMIT' | 'RATE_LIMITER'>): RateLimit | undefined {
  return env.RATE_LIMIT === 'off' ? undefined : env.RATE_LIMITER;
}

/** True when `request`'s client has used up its requests for this period. */
export async function isRateLimited(request: Request, env: Pick<Env, 'RATE_LIMIT' | 'RATE_LIMITER'>): Promise<boolean> {
  const limiter = activeLimiter(env);
  if (limiter === undefined) return false;
  try {
    const { success } = await limiter.limit({ key: rateLimitKey(request) });
    return !success;
  } catch {
    return false;
  }
}

/** The answer to `request`, whose client is over its limit. */
export function tooManyRequests(request: Request): Response {
  return rejection(
    429,
    'RATE_LIMITED',
    `Too many requests from this address; try again in ${RATE_LIMIT_PERIOD_SECONDS} seconds.`,
    {
      accept: request.headers.get('Accept'),
      headers: { 'Retry-After': String(RATE_LIMIT_PERIOD_SECONDS) },
    },
  );
}
