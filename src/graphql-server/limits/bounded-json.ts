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

/**
 * A value already written as JSON (introspection, by `execution/introspection-executor.ts`): this
 * writer copies its text as it is; any other takes the value it stands for from `toJSON`.
 */
export class JsonText {
  constructor(readonly text: string) {}

  toJSON(): unknown {
    return JSON.parse(this.text);
  }
}

/** `value` after its `toJSON`, as `JSON.stringify` reads it under `key`; a `JsonText` stays as it is. */
function jsonValue(value: unknown, key: string): unknown {
  if (value === null || typeof value !== 'object' || value instanceof JsonText) return value;
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
  if (value instanceof JsonText) return out.write(value.text);
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
 * False once `value`'s JSON could pass `budget.left` bytes: each UTF-16 code unit of a string
 * or a key counts 6 (`\u001f`, the longest a unit becomes), a number 24 (`-1.7976931348623157e+308`),
 * and every bracket, quote, colon and comma 1; inherited members are counted as well, which can
 * only overcount. A value with a `toJSON` cannot be judged before it is called, and gives false,
 * as does a `JsonText`, which only this module's writer copies as it is.
 */
function surelyWithin(value: unknown, budget: { left: number }): boolean {
  if (typeof value === 'string') return (budget.left -= 6 * value.length + 2) >= 0;
  if (value === null || typeof value !== 'object') return (budget.left -= 24) >= 0;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  if (Array.isArray(value)) {
    budget.left -= 2 + value.length;
    for (const item of value as unknown[]) if (!surelyWithin(item, budget)) return false;
    return budget.left >= 0;
  }
  budget.left -= 2;
  for (const key in value) {
    budget.left -= 6 * key.length + 4;
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
