/**
 * The trusted documents in operations/: each file one named query that validates against the
 * schema, and the committed manifest exactly what the files give (`npm run operations` writes it).
 */
import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import committed from '../operations/persisted-query-manifest.json?raw';
import { manifestOf, manifestText } from '../scripts/operations-manifest.js';
import { schema } from '../src/graphql/schema.js';

const FILES = Object.entries({
  ...import.meta.glob<string>('../operations/*.graphql', { query: '?raw', import: 'default', eager: true }),
  ...import.meta.glob<string>('../operations/page/*.graphql', { query: '?raw', import: 'default', eager: true }),
})
  .map(([path, text]) => ({ path: path.replace('../', ''), text }))
  .sort((a, b) => (a.path < b.path ? -1 : 1));

describe('the operation files', () => {
  it('are there', () => {
    expect(FILES.map((file) => file.path)).toContain('operations/help-page.graphql');
    expect(FILES.map((file) => file.path)).toContain('operations/page/PageAddressSettings.graphql');
  });

  it.each(FILES.map((file) => [file.path, file] as const))('%s validates against the schema', (_path, file) => {
    expect(validate(schema, parse(file.text)).map((error) => error.message)).toEqual([]);
  });

  it('give the committed manifest, byte for byte', async () => {
    expect(committed).toBe(manifestText(await manifestOf(FILES)));
  });

  it('are refused by the manifest builder unless each holds one named query', async () => {
    const refused = [
      '{ catalogVersion }',
      'query A { catalogVersion } query B { catalogVersion }',
      'query A { ...F } fragment F on Query { catalogVersion }',
    ];
    for (const text of refused) {
      await expect(manifestOf([{ path: 'operations/x.graphql', text }]), text).rejects.toThrow('operations/x.graphql');
    }
    const twice = [
      { path: 'operations/a.graphql', text: 'query A { catalogVersion }' },
      { path: 'operations/b.graphql', text: 'query A { catalogVersion }\n' },
    ];
    await expect(manifestOf(twice)).rejects.toThrow('name their query A');
  });
});
