/**
 * The typed-client example's schema types (`examples/typed-client/src/graphql-env.d.ts`) are what
 * gql.tada makes of `schema/schema.graphql` today, so the example is typed against the published
 * schema. Runs in Node, which starts gql.tada's command line.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const EXAMPLE = new URL('../../examples/typed-client/', import.meta.url);
const GQL_TADA = new URL('../../node_modules/.bin/gql-tada', import.meta.url).pathname;

describe('the typed-client example', () => {
  it('is typed against the published schema (npm run schema writes the types)', () => {
    const directory = mkdtempSync(join(tmpdir(), 'typed-client-'));
    try {
      const output = join(directory, 'graphql-env.d.ts');
      const tsconfig = new URL('tsconfig.json', EXAMPLE).pathname;
      const run = spawnSync(GQL_TADA, ['generate-output', '-c', tsconfig, '-o', output], { encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      expect(readFileSync(output, 'utf8')).toBe(readFileSync(new URL('src/graphql-env.d.ts', EXAMPLE), 'utf8'));
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
