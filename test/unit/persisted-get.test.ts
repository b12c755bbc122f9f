/**
 * The pages' GET by hash: the document's SHA-256 alone first, the document with it only when the
 * server does not know the hash, and nothing more.
 */
import { describe, expect, it } from 'vitest';
import type { Operation } from '../../src/site/api-client/operations.js';
import { persistedRunner } from '../../src/site/api-client/persisted-get.js';
import { sha256Hex } from '../../src/lib/sha256.js';

const OPERATION: Operation<{ readonly locale: 'EN' }, { readonly catalogVersion: string }> = {
  name: 'Version',
  document: 'query Version($locale: Locale!) { catalogVersion }\n',
};

const NOT_FOUND = {
  errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }],
};

/** A runner over answers given in turn, and the query strings it sent. */
function recorded(...answers: unknown[]) {
  const sent: URLSearchParams[] = [];
  const run = persistedRunner((search) => {
    sent.push(new URLSearchParams(search));
    return Promise.resolve(answers.shift());
  });
  return { run, sent };
}

describe('persistedRunner', () => {
  it('sends the hash alone, with the operation name and variables, when the server knows it', async () => {
    const { run, sent } = recorded({ data: { catalogVersion: 'v1' } });
    expect(await run(OPERATION, { locale: 'EN' })).toEqual({ data: { catalogVersion: 'v1' } });
    expect(sent).toHaveLength(1);
    expect(Object.fromEntries(sent[0]!)).toEqual({
      operationName: 'Version',
      variables: '{"locale":"EN"}',
      extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: await sha256Hex(OPERATION.document) } }),
    });
  });

  it('sends the document with the hash once the server answers PersistedQueryNotFound', async () => {
    const { run, sent } = recorded(NOT_FOUND, { data: { catalogVersion: 'v1' } });
    expect(await run(OPERATION, { locale: 'EN' })).toEqual({ data: { catalogVersion: 'v1' } });
    expect(sent.map((search) => search.get('query'))).toEqual([null, OPERATION.document]);
    expect(sent[1]?.get('extensions')).toBe(sent[0]?.get('extensions'));
  });

  it('gives any other answer as it came, without sending again', async () => {
    const invalid = { errors: [{ message: 'Bad', extensions: { code: 'BAD_USER_INPUT' } }] };
    const { run, sent } = recorded(invalid);
    expect(await run(OPERATION, { locale: 'EN' })).toEqual(invalid);
    expect(sent).toHaveLength(1);
  });
});
