/**
 * The host the API is served at, as the DNS records it asks a provider to publish must name it:
 * the Worker variable PUBLIC_HOST, or without it the host the request came to (right for
 * `npm start` and for a Worker reached at one name only).
 */
import type { Env } from '../env.js';
import { isValidHostName } from '../lib/host-name.js';

/**
 * The public host name for a request to `url`.
 * @throws Error when PUBLIC_HOST is set but is no host name, so a bad deploy fails loudly
 */
export function publicHost(env: Pick<Env, 'PUBLIC_HOST'>, url: URL): string {
  const configured = env.PUBLIC_HOST?.trim().replace(/\.$/, '').toLowerCase();
  if (configured === undefined || configured === '') return url.hostname;
  if (!isValidHostName(configured)) {
    throw new Error(`PUBLIC_HOST is "${env.PUBLIC_HOST}", not a host name such as settings.example.net`);
  }
  return configured;
}
