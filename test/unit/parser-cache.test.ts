/**
 * The parser caches Yoga is given hold a bounded amount of document text, however many or however
 * large the documents a caller sends.
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
    for (const text of texts) documentCache.set(text, parse(text));
    const kept = texts.filter((text) => documentCache.get(text) !== undefined);
    expect(kept.reduce((sum, text) => sum + text.length, 0)).toBeLessThanOrEqual(10_000);
    expect(kept).toEqual(texts.slice(-kept.length));
    expect(kept.length).toBeGreaterThan(0);
  });

  it('does not keep a document longer than the bound', () => {
    const { documentCache, errorCache } = boundedParserCache(10_000);
    const huge = documentOf(20_000, 'huge');
    documentCache.set(huge, parse(huge));
    errorCache.set(huge, new Error('huge'));
    expect(documentCache.get(huge)).toBeUndefined();
    expect(errorCache.get(huge)).toBeUndefined();
  });
});
