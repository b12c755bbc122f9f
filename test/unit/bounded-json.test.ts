/**
 * Bounded JSON: within its size the text is exactly what `JSON.stringify` writes; over it there
 * is no text, and writing stopped soon after the size was passed.
 */
import fc from 'fast-check';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { stringifyWithin } from '../../src/graphql-server/limits/bounded-json.js';
import { PROPERTY_RUNS } from '../helpers/properties.js';

const utf8Bytes = (text: string) => new TextEncoder().encode(text).byteLength;

describe('stringifyWithin', () => {
  it('writes what JSON.stringify writes, whenever that fits', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat({ max: 400 }), (value, maxBytes) => {
        const json = JSON.stringify(value);
        expect(stringifyWithin(value, Number.POSITIVE_INFINITY)).toBe(json);
        expect(stringifyWithin(value, maxBytes)).toBe(utf8Bytes(json) <= maxBytes ? json : undefined);
      }),
      PROPERTY_RUNS,
    );
  });

  it('writes what JSON.stringify writes for text of any code points, within sizes near its UTF-8 length', () => {
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: 'binary' }), fc.integer({ min: -8, max: 8 }), (value, offset) => {
        const json = JSON.stringify(value);
        const maxBytes = Math.max(0, utf8Bytes(json) + offset);
        expect(stringifyWithin(value, maxBytes)).toBe(utf8Bytes(json) <= maxBytes ? json : undefined);
      }),
      PROPERTY_RUNS,
    );
  });

  it('follows JSON.stringify for what JSON cannot hold, toJSON and objects without a prototype', () => {
    const bare = Object.assign(Object.create(null) as object, { a: 1 });
    const value = {
      skipped: undefined,
      fn: () => 1,
      symbol: Symbol('s'),
      list: [undefined, () => 1, Symbol('s'), Number.NaN, Number.POSITIVE_INFINITY, -0],
      error: new GraphQLError('Bad', { extensions: { code: 'C' } }),
      date: new Date(0),
      bare,
      text: 'ü€😀\u2028"\\\n\u0000',
    };
    expect(stringifyWithin(value, Number.POSITIVE_INFINITY)).toBe(JSON.stringify(value));
  });

  it('writes text whose every character takes six bytes, up to its last byte', () => {
    const value = '\u0000'.repeat(100);
    const bytes = utf8Bytes(JSON.stringify(value));
    expect(bytes).toBe(602);
    expect(stringifyWithin(value, bytes)).toBe(JSON.stringify(value));
    expect(stringifyWithin(value, bytes - 1)).toBeUndefined();
    expect(stringifyWithin([value, value], 2 * bytes + 3)).toBe(JSON.stringify([value, value]));
    expect(stringifyWithin([value, value], 2 * bytes + 2)).toBeUndefined();
  });

  it('counts bytes, not characters', () => {
    const value = { text: 'Größe' };
    const bytes = utf8Bytes(JSON.stringify(value));
    expect(bytes).toBeGreaterThan(JSON.stringify(value).length);
    expect(stringifyWithin(value, bytes)).toBe(JSON.stringify(value));
    expect(stringifyWithin(value, bytes - 1)).toBeUndefined();
  });

  it('stops writing soon after the size is passed', () => {
    let written = 0;
    const item = { toJSON: () => ((written += 1), 'item') };
    const huge = new Array<unknown>(1_000_000).fill(item);
    expect(stringifyWithin(huge, 1000)).toBeUndefined();
    expect(written).toBeLessThan(200);
  });

  it('does not copy a string that alone passes the size', () => {
    expect(stringifyWithin({ text: 'x'.repeat(10_000_000) }, 1000)).toBeUndefined();
  });
});
