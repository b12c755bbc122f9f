/**
 * The host the API is served at, as the DNS records it asks a provider to publish must name it:
 * the Worker variable PUBLIC_HOST (production sets it), or without it the host the request came
 * to, when that is a host name (right for a Worker reached at one name only). A request's Host is
 * the caller's to write: an address literal (`[::1]`, `127.0.0.1`), a single label or anything
 * else that is no host name never goes into a record; the records then name a placeholder that
 * says what to set.
 */
import { isValidHostName } from '../lib/host-name.js';

/**
 * What the records name when neither PUBLIC_HOST nor the request gives a host name: under the
 * reserved top-level `.invalid` (RFC 6761), so it can never resolve, and saying what to set.
 */
export const PUBLIC_HOST_PLACEHOLDER = 'set-public-host.invalid';

/**
 * The public host name for a request to `url`.
 * @throws Error when PUBLIC_HOST is set but is no host name, so a bad deploy fails loudly
 */
export function publicHost(env: { readonly PUBLIC_HOST?: string | undefined }, url: URL): string {
  const configured = env.PUBLIC_HOST?.trim().replace(/\.$/, '').toLowerCase();
  if (configured === undefined || configured === '') {
    return isValidHostName(url.hostname) ? url.hostname : PUBLIC_HOST_PLACEHOLDER;
  }
  if (!isValidHostName(configured)) {
    throw new Error(`PUBLIC_HOST is "${env.PUBLIC_HOST}", not a host name such as settings.example.net`);
  }
  return configured;
}
