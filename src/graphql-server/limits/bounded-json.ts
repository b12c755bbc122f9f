/**
 * JSON serialization that gives up as soon as the text passes a size, so that an oversized value
 * costs at most a few times that much text, never the whole string.
 */

/** Thrown from the replacer once the text is sure to pass the size, which ends the writing. */
class OverTheSize extends Error {}

/** True when `json` takes at most `maxBytes` bytes of UTF-8. */
function fitsInUtf8(json: string, maxBytes: number): boolean {
  // A UTF-16 code unit takes at most 3 bytes in UTF-8 (a surrogate pair, 2 units, takes 4), so
  // most answers fit without the copy that counting their bytes would make.
  return json.length * 3 <= maxBytes || new TextEncoder().encode(json).byteLength <= maxBytes;
}

/**
 * `value` as `JSON.stringify(value)` writes it, or undefined when that would be more than
 * `maxBytes` bytes of UTF-8. The runtime's own serializer writes it; a replacer sees each value
 * before it is written and adds up a count that never exceeds the bytes written for it (a
 * member's key with its quotes and colon, an array item's comma, a string's characters and
 * quotes), so writing stops as soon as the count passes `maxBytes`, before a string that alone
 * would pass it is copied. Written text outruns the count only by what it leaves out (numbers,
 * literals, brackets, escapes), a few times the size at most.
 */
export function stringifyWithin(value: unknown, maxBytes: number): string | undefined {
  let counted = 0;
  let root = true;
  function count(this: unknown, key: string, member: unknown): unknown {
    // JSON.stringify leaves out members it cannot write, where an array writes null.
    const written = member !== undefined && typeof member !== 'function' && typeof member !== 'symbol';
    if (root) root = false;
    else if (Array.isArray(this)) counted += 1;
    else if (written) counted += key.length + 3;
    if (typeof member === 'string') counted += member.length + 2;
    if (counted > maxBytes) throw new OverTheSize();
    return member;
  }
  let json: string | undefined;
  try {
    json = JSON.stringify(value, count);
  } catch (error) {
    if (error instanceof OverTheSize) return undefined;
    throw error;
  }
  return json === undefined || fitsInUtf8(json, maxBytes) ? json : undefined;
}
