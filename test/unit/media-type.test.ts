/**
 * Choosing the media type of a GraphQL answer from Accept: quality values decide (RFC 9110
 * section 12.5.1), the most specific range naming a type gives its quality, and a header that
 * admits neither of our types gets nothing (the route answers 406).
 */
import { describe, expect, it } from 'vitest';
import { negotiateMediaType } from '../../src/http/media-type.js';

const JSON_TYPE = 'application/json';
const GRAPHQL_RESPONSE = 'application/graphql-response+json';

describe('negotiateMediaType', () => {
  it.each([
    // No preference stated: application/json, which every GraphQL client reads.
    [null, JSON_TYPE],
    ['', JSON_TYPE],
    ['  ', JSON_TYPE],
    ['*/*', JSON_TYPE],
    ['application/*', JSON_TYPE],
    // One type named.
    [JSON_TYPE, JSON_TYPE],
    [GRAPHQL_RESPONSE, GRAPHQL_RESPONSE],
    ['Application/GraphQL-Response+JSON', GRAPHQL_RESPONSE],
    // Quality values decide, not the order.
    [`${GRAPHQL_RESPONSE};q=0, ${JSON_TYPE}`, JSON_TYPE],
    [`${GRAPHQL_RESPONSE}; q=0, ${JSON_TYPE}`, JSON_TYPE],
    [`${JSON_TYPE};q=0.5, ${GRAPHQL_RESPONSE}`, GRAPHQL_RESPONSE],
    [`${GRAPHQL_RESPONSE};q=0.8, ${JSON_TYPE};q=0.9`, JSON_TYPE],
    [`${JSON_TYPE};q=0.001, ${GRAPHQL_RESPONSE};q=0.002`, GRAPHQL_RESPONSE],
    // Equal quality: the order the client listed them in.
    [`${GRAPHQL_RESPONSE}, ${JSON_TYPE}`, GRAPHQL_RESPONSE],
    [`${JSON_TYPE}, ${GRAPHQL_RESPONSE}`, JSON_TYPE],
    // What the spec recommends clients send, and what Apollo Client sends.
    [`${GRAPHQL_RESPONSE}; charset=utf-8, ${JSON_TYPE}; charset=utf-8`, GRAPHQL_RESPONSE],
    [`${GRAPHQL_RESPONSE},${JSON_TYPE};q=0.9`, GRAPHQL_RESPONSE],
    // A browser's navigation: only the wildcard admits JSON.
    ['text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', JSON_TYPE],
    // The most specific range naming a type gives its quality.
    [`*/*;q=0.1, ${JSON_TYPE};q=0`, GRAPHQL_RESPONSE],
    [`application/*;q=0, */*`, undefined],
    [`${JSON_TYPE};q=0, application/*;q=0.5`, GRAPHQL_RESPONSE],
    [`${GRAPHQL_RESPONSE}, */*;q=0.5`, GRAPHQL_RESPONSE],
    [`${JSON_TYPE};q=0, ${JSON_TYPE};charset=utf-8`, JSON_TYPE],
    // We write UTF-8 only.
    [`${JSON_TYPE};charset=iso-8859-1`, undefined],
    [`${JSON_TYPE};charset="UTF-8"`, JSON_TYPE],
    [`${GRAPHQL_RESPONSE};charset=utf-16, ${JSON_TYPE};q=0.1`, JSON_TYPE],
    // Neither type admitted.
    ['text/html', undefined],
    ['application/xml, text/plain;q=0.5', undefined],
    [`${JSON_TYPE};q=0, ${GRAPHQL_RESPONSE};q=0`, undefined],
    ['*/*;q=0', undefined],
    ['text/event-stream', undefined],
    ['multipart/mixed', undefined],
    // A weight that is not one counts as 0, so it never prefers anything.
    [`${GRAPHQL_RESPONSE};q=high, ${JSON_TYPE};q=0.1`, JSON_TYPE],
    [`${JSON_TYPE};q=1.5`, undefined],
    [`${JSON_TYPE};q=0.1234`, undefined],
  ] as const)('%j gives %s', (header, mediaType) => {
    expect(negotiateMediaType(header)).toBe(mediaType);
  });

  it('works out an Accept value too long to remember, each time alike', () => {
    const long = `${'text/x-long;q=0.5, '.repeat(40)}${GRAPHQL_RESPONSE}`;
    expect(long.length).toBeGreaterThan(256);
    expect(negotiateMediaType(long)).toBe(GRAPHQL_RESPONSE);
    expect(negotiateMediaType(long)).toBe(GRAPHQL_RESPONSE);
  });

  it('answers a remembered Accept value as it did the first time, also after many others', () => {
    const values = Array.from({ length: 200 }, (_, i) => (i % 2 ? `text/x-${i}` : `${JSON_TYPE};q=0.${i % 9}`));
    const first = values.map((value) => negotiateMediaType(value));
    expect(first).toContain(undefined);
    expect(first).toContain(JSON_TYPE);
    expect(values.map((value) => negotiateMediaType(value))).toEqual(first);
    expect([...values].reverse().map((value) => negotiateMediaType(value))).toEqual([...first].reverse());
  });
});
