/**
 * The pages' operations: each file under operations/page/ holds one named operation, named as the
 * file, valid against the schema; the pages send exactly those texts; and the server render sends
 * them by hash, so once a page has been served each operation is answered from its hash alone.
 */
import { Kind, parse, validate, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as operations from '../src/site/api-client/operations.js';
import { documentHash } from '../src/site/api-client/persisted-get.js';
import { schema } from '../src/graphql/schema.js';
import { fetchWorker } from './helpers/client.js';

const files = import.meta.glob<string>('../operations/page/*.graphql', {
  query: '?raw',
  import: 'default',
  eager: true,
});
/** Every operation the pages' client module exports. */
const sent = Object.values(operations).filter((value) => typeof value === 'object') as operations.Operation<
  never,
  unknown
>[];

describe('the pages’ operations', () => {
  it.each(Object.entries(files))('%s holds one named operation, valid against the schema', (path, text) => {
    const document = parse(text);
    const definitions = document.definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
    expect(definitions).toHaveLength(1);
    expect(`${definitions[0]?.name?.value}.graphql`).toBe(path.split('/').pop());
    expect(validate(schema, document)).toEqual([]);
  });

  it('are what the pages send, every one of them', () => {
    expect(sent.map((operation) => operation.document).sort()).toEqual(Object.values(files).sort());
    for (const operation of sent) expect(operation.document).toContain(`query ${operation.name}(`);
  });

  it('go to the API by hash when the server renders a page', async () => {
    expect((await fetchWorker('/?email=anna%40routing.net&devices=2&lang=de')).status).toBe(200);
    expect((await fetchWorker('/guides/setup-outlook')).status).toBe(200);
    expect((await fetchWorker('/guides')).status).toBe(200);
    for (const operation of sent) {
      const extensions = JSON.stringify({
        persistedQuery: { version: 1, sha256Hash: await documentHash(operation.document) },
      });
      const response = await fetchWorker(`/graphql?${new URLSearchParams({ extensions })}`, {
        headers: { accept: 'application/json' },
      });
      // Known by its hash: the variables are then what the operation may lack, not the document.
      expect(JSON.stringify(await response.json()), operation.name).not.toContain('PERSISTED_QUERY_NOT_FOUND');
    }
  });
});
