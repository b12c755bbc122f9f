/**
 * JSON serialization that gives up as soon as the text passes a size, so that an oversized value
 * costs at most that much text, never the whole string.
 */

/**
 * Text counted in UTF-16 code units, which never outnumber the UTF-8 bytes they encode to. One
 * string grown in place: V8 joins the pieces once, when the text is first read, which costs less
 * than keeping them in an array.
 */
class BoundedText {
  text = '';

  constructor(readonly maxBytes: number) {}

  /** Appends `text`; false once the text has passed the size. */
  write(text: string): boolean {
    this.text += text;
    return this.text.length <= this.maxBytes;
  }

  /** The text, or undefined when its UTF-8 form is over the size. */
  result(): string | undefined {
    const { text } = this;
    // A UTF-16 code unit takes at most 3 bytes in UTF-8 (a surrogate pair, 2 units, takes 4), so
    // most answers fit without the copy that counting their bytes would make.
    if (text.length * 3 <= this.maxBytes) return text;
    return new TextEncoder().encode(text).byteLength <= this.maxBytes ? text : undefined;
  }
}

/** `value` after its `toJSON`, as `JSON.stringify` reads it under `key`. */
function jsonValue(value: unknown, key: string): unknown {
  if (value === null || typeof value !== 'object') return value;
  const { toJSON } = value as { toJSON?: unknown };
  return typeof toJSON === 'function' ? (toJSON as (key: string) => unknown).call(value, key) : value;
}

/** Response keys are GraphQL names, which JSON writes as they are. */
const PLAIN_KEY = /^[_A-Za-z][_0-9A-Za-z]*$/;

/** Writes `value` (already through `toJSON`) as JSON; false once the text has passed the size. */
function writeValue(out: BoundedText, value: unknown): boolean {
  if (typeof value === 'string') {
    // A string that alone passes the size is never copied.
    return out.text.length + value.length + 2 <= out.maxBytes && out.write(JSON.stringify(value));
  }
  if (value === null || typeof value !== 'object') return out.write(JSON.stringify(value) ?? 'null');
  if (Array.isArray(value)) {
    let separator = '[';
    for (let index = 0; index < value.length; index += 1) {
      out.text += separator;
      separator = ',';
      if (!writeValue(out, jsonValue(value[index], String(index)))) return false;
    }
    return out.write(separator === '[' ? '[]' : ']');
  }
  let separator = '{';
  for (const key of Object.keys(value)) {
    const member = jsonValue((value as Record<string, unknown>)[key], key);
    // JSON.stringify leaves out members it cannot write, where an array writes null.
    if (member === undefined || typeof member === 'function' || typeof member === 'symbol') continue;
    out.text += separator + (PLAIN_KEY.test(key) ? `"${key}":` : `${JSON.stringify(key)}:`);
    separator = ',';
    if (!writeValue(out, member)) return false;
  }
  return out.write(separator === '{' ? '{}' : '}');
}

/**
 * What `surelyWithin` counts for each part of a value's JSON: each UTF-16 code unit of a string
 * or a key 6 (`\u001f`, the longest a unit becomes), any other primitive 24 (a number's longest,
 * `-1.7976931348623157e+308`), and every bracket, quote, colon and comma 1. A bound, never less
 * than the text.
 */
export const JSON_BOUND = {
  string: (value: string): number => 6 * value.length + 2,
  primitive: 24,
  array: (length: number): number => 2 + length,
  object: 2,
  member: (key: string): number => 6 * key.length + 4,
} as const;

/** Values whose JSON bound was counted as they were built, so the walk need not count them again. */
const measured = new WeakMap<object, number>();

/**
 * Records that `value`'s JSON is within `bound` (counted with `JSON_BOUND`), for a value built by
 * code that counted as it went; it must not change afterwards.
 */
export function markMeasured(value: object, bound: number): void {
  measured.set(value, bound);
}

/**
 * False once `value`'s JSON could pass `budget.left` bytes, counted with `JSON_BOUND`; inherited
 * members are counted as well, which can only overcount. A value with a `toJSON` cannot be judged
 * before it is called, and gives false.
 */
function surelyWithin(value: unknown, budget: { left: number }): boolean {
  if (typeof value === 'string') return (budget.left -= JSON_BOUND.string(value)) >= 0;
  if (value === null || typeof value !== 'object') return (budget.left -= JSON_BOUND.primitive) >= 0;
  const bound = measured.get(value);
  if (bound !== undefined) return (budget.left -= bound) >= 0;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  if (Array.isArray(value)) {
    budget.left -= JSON_BOUND.array(value.length);
    for (const item of value as unknown[]) if (!surelyWithin(item, budget)) return false;
    return budget.left >= 0;
  }
  budget.left -= JSON_BOUND.object;
  for (const key in value) {
    budget.left -= JSON_BOUND.member(key);
    if (!surelyWithin((value as Record<string, unknown>)[key], budget)) return false;
  }
  return budget.left >= 0;
}

/**
 * `value` as `JSON.stringify(value)` writes it, or undefined when that would be more than
 * `maxBytes` bytes of UTF-8; writing stops as soon as the text passes `maxBytes`.
 *
 * A value that cannot reach the size even at six bytes a character is written by
 * `JSON.stringify` itself, after a walk that only adds lengths: the two together take two thirds
 * of the time of writing it here piece by piece, and the walk, like the writing, stops once the
 * size is passed. GraphiQL's introspection answer (113 KB) counts 567 KB, within the 1 MiB cap.
 */
export function stringifyWithin(value: unknown, maxBytes: number): string | undefined {
  if (surelyWithin(value, { left: maxBytes })) return JSON.stringify(value);
  const out = new BoundedText(maxBytes);
  return writeValue(out, jsonValue(value, '')) ? out.result() : undefined;
}
