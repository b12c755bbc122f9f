/**
 * Canonical cache keys.
 */
import { describe, expect, it } from 'vitest';
import { cacheKey, canonicalJson, operationKey } from '../../src/cache/key.js';
import { sha256Hex } from '../../src/lib/sha256.js';
import { MANIFEST } from '../../src/trusted-documents/operations.js';

const context = { origin: 'https://api.example', mediaType: 'application/json', locale: 'en', catalogVersion: 'v1' };

describe('canonicalJson', () => {
  it('sorts keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}',
    );
  });
});

describe('cacheKey', () => {
  const key = async (params: Record<string, unknown>, ctx = context, declared?: readonly string[]) => {
    const operation = await operationKey(params);
    return operation === undefined ? undefined : cacheKey(operation, params, ctx, declared);
  };

  const persisted = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

  it('ignores white space and comments', async () => {
    expect(await key({ query: '{ a  b }' })).toBe(await key({ query: '# hi\n{\n  a\n  b\n}\n' }));
  });

  it('tells apart documents, variables, operation names, hashes, origin, accept, locale and version', async () => {
    const keys = await Promise.all([
      key({ query: '{ a }', variables: { x: 1 } }),
      key({ query: '{ b }', variables: { x: 1 } }),
      key({ query: '{ a }', variables: { x: 2 } }),
      key({ query: '{ a }', variables: { x: 1 }, operationName: 'A' }),
      key({ variables: { x: 1 }, extensions: persisted(await sha256Hex('{ a }')) }),
      key({ query: '{ a }', variables: { x: 1 } }, { ...context, mediaType: 'application/graphql-response+json' }),
      key({ query: '{ a }', variables: { x: 1 } }, { ...context, locale: 'de' }),
      key({ query: '{ a }', variables: { x: 1 } }, { ...context, origin: 'http://127.0.0.1:8787' }),
      key({ query: '{ a }', variables: { x: 1 } }, { ...context, catalogVersion: 'v2' }),
    ]);
    expect(keys).not.toContain(undefined);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('is undefined without a document or hash, or for a document that does not lex', async () => {
    expect(await key({})).toBeUndefined();
    expect(await key({ query: '{ "unterminated }' })).toBeUndefined();
  });

  it('keys a hash-only request by its hash', async () => {
    expect((await operationKey({ extensions: persisted('h') }))?.key).toContain('"h"');
  });

  it('says whether the document is named by its hash', async () => {
    expect((await operationKey({ query: '{ a }' }))?.byHash).toBe(false);
    expect((await operationKey({ extensions: persisted('h') }))?.byHash).toBe(true);
    const query = '{ a }';
    expect((await operationKey({ query, extensions: persisted(await sha256Hex(query)) }))?.byHash).toBe(true);
    // A trusted document sent as its text, white space and all, is named by its id.
    const trusted = MANIFEST.operations[0];
    expect((await operationKey({ query: `\n${trusted?.body ?? ''}\n` }))?.byHash).toBe(true);
  });

  it('keys a document sent with its hash as the hash alone', async () => {
    const query = '{ a }';
    const hash = await sha256Hex(query);
    expect(await key({ query, extensions: persisted(hash) })).toBe(await key({ extensions: persisted(hash) }));
  });

  it('is undefined for a document sent with a hash that is not its own', async () => {
    expect(await key({ query: '{ a }', extensions: persisted(await sha256Hex('{ b }')) })).toBeUndefined();
  });

  it('holds only the declared variables once they are known, and every variable before', async () => {
    const query = 'query ($x: Int) { a(x: $x) }';
    const declared = ['x'];
    expect(await key({ query, variables: { x: 1, bust: 1 } }, context, declared)).toBe(
      await key({ query, variables: { x: 1, bust: 2 } }, context, declared),
    );
    expect(await key({ query, variables: { x: 1 } }, context, declared)).not.toBe(
      await key({ query, variables: { x: 2 } }, context, declared),
    );
    expect(await key({ query, variables: {} }, context, declared)).toBe(await key({ query }, context, declared));
    expect(await key({ query, variables: { x: 1, bust: 1 } })).not.toBe(
      await key({ query, variables: { x: 1, bust: 2 } }),
    );
  });
});
