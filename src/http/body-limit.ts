/**
 * Request bodies are bounded in bytes before a byte of them is read. A body must declare its
 * length: one within the cap passes on unread (HTTP framing holds it to that length), one over it
 * is refused (413), and one of unknown length (chunked) is refused too (411, Length Required).
 *
 * Counting a chunked body while reading it, and stopping at the cap, looked cheaper but was not
 * safe: a Worker that leaves a request body part-read (cancelled or merely abandoned) made the
 * local runtime fail the next client's request with "Your worker restarted mid-request", 10 times
 * in 10. Reading such a body to its end instead costs what the sender chooses to send (100 MB on
 * Cloudflare's smallest plan). Every client of this API (browsers' fetch, Apollo, urql, curl,
 * Outlook) declares the length, so refusing the rest costs them nothing and an attacker nothing
 * either.
 */

/** Why a body is refused: longer than the cap, or of a length it does not declare. */
export type BodyRefusal = 'too-large' | 'length-required';

/**
 * Why the body of a request with `headers` is refused, or undefined when it may pass unread: a
 * well-formed declared length of at most `maxBytes`.
 */
export function bodyRefusal(headers: Headers, maxBytes: number): BodyRefusal | undefined {
  const declared = headers.get('Content-Length');
  if (declared === null || !/^\d+$/.test(declared)) return 'length-required';
  return Number(declared) <= maxBytes ? undefined : 'too-large';
}
