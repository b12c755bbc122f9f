/**
 * The parser caches Yoga is given hold a bounded amount of document text, however many or however
 * large the documents a caller sends, and keep a document only when its text comes again.
 */
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { boundedParserCache } from '../../src/graphql-server/limits/parser-cache.js';

const documentOf = (length: number, name: string) =>
  `{ ${name}: catalogVersion ${' '.repeat(Math.max(0, length - name.length - 20))}}`;

describe('boundedParserCache', () => {
  it('keeps at most its bound of document text, dropping the least recently used', () => {
    const { documentCache } = boundedParserCache(10_000);
    const texts = Array.from({ length: 30 }, (_, i) => documentOf(1_000, `a${i}`));
    for (const text of texts) for (const _time of [1, 2]) documentCache.set(text, parse(text));
    const kept = texts.filter((text) => documentCache.get(text) !== undefined);
    expect(kept.reduce((sum, text) => sum + text.length, 0)).toBeLessThanOrEqual(10_000);
    expect(kept).toEqual(texts.slice(-kept.length));
    expect(kept.length).toBeGreaterThan(0);
  });

  it('does not keep a document longer than the bound', () => {
    const { documentCache, errorCache } = boundedParserCache(10_000);
    const huge = documentOf(20_000, 'huge');
    for (const _time of [1, 2]) {
      documentCache.set(huge, parse(huge));
      errorCache.set(huge, new Error('huge'));
    }
    expect(documentCache.get(huge)).toBeUndefined();
    expect(errorCache.get(huge)).toBeUndefined();
  });

  it('keeps a document, or an error, only the second time its text comes', () => {
    const { documentCache, errorCache } = boundedParserCache(10_000);
    const text = documentOf(100, 'again');
    const document = parse(text);
    documentCache.set(text, document);
    errorCache.set(text, new Error('once'));
    expect([documentCache.get(text), errorCache.get(text)]).toEqual([undefined, undefined]);
    documentCache.set(text, document);
    expect(documentCache.get(text)).toBe(document);
    const error = new Error('twice');
    errorCache.set(text, error);
    expect(errorCache.get(text)).toBe(error);
  });

  it('remembers the texts it saw once within its bound, so a flood of new ones forgets the oldest', () => {
    const { documentCache } = boundedParserCache(10_000);
    const first = documentOf(1_000, 'first');
    documentCache.set(first, parse(first));
    for (let i = 0; i < 30; i++) documentCache.set(documentOf(1_000, `b${i}`), parse('{ catalogVersion }'));
    documentCache.set(first, parse(first));
    expect(documentCache.get(first)).toBeUndefined();
  });
});
