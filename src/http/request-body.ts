/**
 * Reading a request body without trusting its size: the declared `Content-Length` is checked
 * first, and the bytes are counted while they arrive, since a chunked body declares nothing.
 */

export type BodyText =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly problem: 'too-large' | 'not-utf-8' };

/** True when the request declares more than `maxBytes` of body. */
export function declaresTooLarge(request: Request, maxBytes: number): boolean {
  const declared = Number(request.headers.get('Content-Length') ?? '0');
  return Number.isFinite(declared) && declared > maxBytes;
}

/** The body of `request` as UTF-8 text, or why not, reading no more than `maxBytes + 1` bytes. */
export async function readBodyText(request: Request, maxBytes: number): Promise<BodyText> {
  if (declaresTooLarge(request, maxBytes)) return { ok: false, problem: 'too-large' };
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body !== null) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        return { ok: false, problem: 'too-large' };
      }
      chunks.push(value);
    }
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, problem: 'not-utf-8' };
  }
}
