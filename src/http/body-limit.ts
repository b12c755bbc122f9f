/**
 * Request bodies are bounded in bytes. A declared `Content-Length` is checked first; a body
 * without one (chunked) is counted while it is read, and reading stops as soon as it passes the
 * cap, so a 10 MB upload costs no more than the cap.
 */

/** A body read within its cap (null when the request has none), or the news that it was too large. */
type BodyRead =
  { readonly kind: 'ok'; readonly bytes: Uint8Array<ArrayBuffer> | null } | { readonly kind: 'too-large' };

const TOO_LARGE: BodyRead = { kind: 'too-large' };

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
      await reader.cancel();
      return TOO_LARGE;
    }
    chunks.push(value);
  }
}
