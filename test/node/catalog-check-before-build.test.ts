/**
 * The catalog check runs before every bundle, not in every isolate: wrangler's build command is
 * the check script, and the script passes the catalog and page texts of this repository (the
 * rules themselves, broken one by one, are tested in test/unit/catalog-check.test.ts).
 */
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const command = /\[build\]\s*\ncommand\s*=\s*"([^"]+)"/.exec(readFileSync(`${ROOT}wrangler.toml`, 'utf8'))?.[1];

describe('the catalog check before a build', () => {
  it('is wrangler’s build command', () => {
    expect(command).toBe('npx tsx scripts/check-catalog.ts');
  });

  it('passes this repository’s catalog and page texts, printing nothing', () => {
    expect(execSync(command ?? 'false', { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })).toBe('');
  });
});
