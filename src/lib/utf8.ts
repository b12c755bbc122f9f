/**
 * Reading bytes as UTF-8 text strictly: decoding leniently would turn bad bytes into U+FFFD and
 * act on text the client never sent.
 */

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** `bytes` as UTF-8 text, or undefined when they are not UTF-8. */
export function utf8Text(bytes: Uint8Array | ArrayBuffer): string | undefined {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return undefined;
  }
}
