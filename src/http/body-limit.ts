/**
 * Request bodies are bounded in bytes. A declared `Content-Length` is checked first, before a byte
 * is read; a body without one (chunked) is counted while it is read, kept only up to the cap, and
 * refused once past it.
 *
 * The rest of a refused chunked body is read to its end and dropped before the answer goes out.
 * A Worker that answered while a body was still part-read (cancelled, as this once did, abandoned,
 * or still being read after the answer) made the local runtime fail the next client's request with
 * "Your worker restarted mid-request", 10 times in 10. Reading on costs the sender as much
 * bandwidth as it costs us; the rest is piped into a native digest, which reads it inside the
 * runtime without a JavaScript call per chunk and keeps none of it; Cloudflare refuses bodies over
 * 100 MB (its smallest plan's limit) before a Worker runs.
 */

/** A body read within its cap (null when the request has none), or the news that it was too large. */
type BodyRead =
  { readonly kind: 'ok'; readonly bytes: Uint8Array<ArrayBuffer> | null } | { readonly kind: 'too-large' };

const TOO_LARGE: BodyRead = { kind: 'too-large' };

/**
 * Reads what is left of `body` and keeps nothing. Any hash would do: a digest stream is the
 * runtime's one native sink. A sender that goes away ends it: nothing is left to read.
 */
async function discardRest(body: ReadableStream<Uint8Array>): Promise<void> {
  // Node's types, which the test pool's bring along, give the global `crypto` their own type.
  const { DigestStream: Sink } = crypto as unknown as { DigestStream: typeof DigestStream };
  const sink = new Sink('SHA-1');
  // A body that breaks off aborts the sink, and its digest with it: no one waits for that digest.
  sink.digest.catch(() => undefined);
  await body.pipeTo(sink).catch(() => undefined);
}

/** True when `headers` declare a body longer than `maxBytes`. */
export function declaresMoreThan(headers: Headers, maxBytes: number): boolean {
  const declared = Number(headers.get('Content-Length') ?? 0);
  return Number.isFinite(declared) && declared > maxBytes;
}

/**
 * True when `headers` declare a length of at most `maxBytes`. HTTP framing holds such a body to
 * its declared length, so it can be handed on unread and uncounted.
 */
export function declaresWithin(headers: Headers, maxBytes: number): boolean {
  const declared = headers.get('Content-Length');
  return declared !== null && /^\d+$/.test(declared) && Number(declared) <= maxBytes;
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Reads the body of `request`, at most `maxBytes` of it. Routes with a smaller cap of their own
 * (and their own error document) call it with that cap.
 */
export async function readBodyWithin(request: Request, maxBytes: number): Promise<BodyRead> {
  if (declaresMoreThan(request.headers, maxBytes)) return TOO_LARGE;
  if (request.body === null) return { kind: 'ok', bytes: null };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { kind: 'ok', bytes: concat(chunks, size) };
    size += value.byteLength;
    if (size > maxBytes) {
      reader.releaseLock();
      await discardRest(request.body);
      return TOO_LARGE;
    }
    chunks.push(value);
  }
}
