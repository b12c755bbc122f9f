/**
 * The figures of `figures.ts`, read off the code: the limits, the schema, the trusted documents,
 * the Worker's settings and the built page files. Kept apart from the check itself so that the
 * check can be tested on any text.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import * as limits from '../../src/limits.js';
import { SCHEMA_VERSION } from '../../src/graphql/schema-version.js';
import { MANIFEST } from '../../src/trusted-documents/operations.js';
import type { Figure } from './figures.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const file = (path: string) => readFileSync(`${ROOT}${path}`, 'utf8');

/** The first group of `pattern` in the repository file `path`. */
function readOff(path: string, pattern: RegExp): string {
  const value = pattern.exec(file(path))?.[1];
  if (value === undefined) throw new Error(`${path} no longer matches ${pattern.source}`);
  return value;
}

/** A built page file's gzipped size in KB (1,000 bytes), to a tenth. */
const gzippedKb = (path: string) => (gzipSync(readFileSync(`${ROOT}${path}`)).byteLength / 1000).toFixed(1);

const KIB = 1024;
const SECURITY = 'docs/security.md';

/** The root fields of the published schema, by name. */
export function rootFields(): string[] {
  const query = readOff('schema/schema.graphql', /^type Query \{([\s\S]*?)^\}/m);
  return [...query.matchAll(/^ {2}([a-zA-Z]\w*)\s*[(:]/gm)].map((match) => match[1] ?? '');
}

/** Every figure the pages quote, with its value in the code. */
export function codeFigures(): Figure[] {
  const row = (label: string, unit: string, expected: number, what: string): Figure => ({
    file: SECURITY,
    pattern: new RegExp(`^\\| ${label} \\| ([\\d,]+)${unit}`, 'gm'),
    expected,
    what,
  });
  return [
    row('document length', ' characters', limits.MAX_DOCUMENT_CHARACTERS, 'the longest document'),
    row('nesting of `variables`', ' levels', limits.MAX_VARIABLES_DEPTH, 'the nesting of variables'),
    row('tokens', ' \\|', limits.MAX_TOKENS, 'the token limit'),
    row('depth \\([^|]*\\)', ' \\|', limits.MAX_DEPTH, 'the depth limit'),
    row('aliases, `__typename` aliases included', ' \\|', limits.MAX_ALIASES, 'the alias limit'),
    row('directives', ' \\|', limits.MAX_DIRECTIVES, 'the directive limit'),
    row('fragments defined', ' \\|', limits.MAX_FRAGMENTS, 'the fragment limit'),
    row('fields merged under one response key[^|]*', ' \\|', limits.MAX_MERGED_FIELDS, 'the merged-field limit'),
    row('cost \\([^|]*\\)', ' \\|', limits.MAX_COST, 'the cost limit'),
    row('result nodes, counted before execution[^|]*', ' \\|', limits.MAX_RESULT_NODES, 'the result-node limit'),
    row(
      'result nodes of introspection[^|]*',
      ' \\|',
      limits.MAX_INTROSPECTION_RESULT_NODES,
      'the node limit of introspection',
    ),
    row('introspection root fields[^|]*', ';', limits.MAX_INTROSPECTION_ROOT_FIELDS, 'the introspection root fields'),
    row('answer size[^|]*', '', limits.MAX_RESPONSE_BYTES / KIB / KIB, 'the answer cap in MiB'),
    row('request body, every route', '', limits.MAX_BODY_BYTES / KIB, 'the body cap in KiB'),
    {
      file: SECURITY,
      pattern: /MiB \(([\d,]+) bytes\)/g,
      expected: limits.MAX_RESPONSE_BYTES,
      what: 'the answer cap in bytes',
    },
    {
      file: SECURITY,
      pattern: /\| 64 KiB \(([\d,]+) bytes\)/g,
      expected: limits.MAX_BODY_BYTES,
      what: 'the body cap in bytes',
    },
    {
      file: SECURITY,
      pattern: /^\| requests per client address[^|]*\| ([\d,]+) a minute/gm,
      expected: readOff('wrangler.toml', /simple = \{ limit = (\d+), period = 60 \}/),
      what: 'the rate limit',
    },
    {
      file: SECURITY,
      pattern: /Aliases limit of (\d+) exceeded/g,
      expected: limits.MAX_ALIASES,
      what: 'the alias limit',
    },
    {
      file: 'docs/client-documents.md',
      pattern: /body is capped at (\d+) KiB/g,
      expected: limits.MAX_AUTODISCOVER_REQUEST_BYTES / KIB,
      what: "Autodiscover's body cap",
    },
    {
      file: 'docs/caching.md',
      pattern: /a bounded map of ([\d,]+) operations/g,
      expected: limits.MAX_LEARNED_OPERATIONS,
      what: 'the operations whose variables are learned',
    },
    {
      file: 'docs/trusted-documents.md',
      pattern: /manifest in its bundle \((\d+) operations/g,
      expected: MANIFEST.operations.length,
      what: 'the operations of the trusted-document manifest',
    },
    {
      file: 'docs/trusted-documents.md',
      pattern: /operations, ([\d,]+) bytes as served\)/g,
      expected: JSON.stringify(MANIFEST).length,
      what: 'the bytes of the trusted-document manifest',
    },
    {
      file: 'docs/versions.md',
      pattern: /This code serves schema version \*\*([\d.]+)\*\*/g,
      expected: SCHEMA_VERSION,
      what: 'the schema version',
    },
    {
      file: 'docs/server-status.md',
      pattern: /rows older\s+than (\d+) days/g,
      expected: limits.RETENTION_MS / (24 * 60 * 60 * 1000),
      what: 'the retention of the check history',
    },
    {
      file: 'docs/server-status.md',
      pattern: /each step is bounded to (\d+) s/g,
      expected: limits.STEP_TIMEOUT_MS / 1000,
      what: 'the bound of a check step',
    },
    {
      file: 'docs/server-status.md',
      pattern: /at most (\d+) sockets are open at once/g,
      expected: limits.MAX_OPEN_SOCKETS,
      what: 'the sockets open at once',
    },
    {
      file: 'docs/server-status.md',
      pattern: /Trigger \(`\[triggers\]` in wrangler\.toml, every (\d+) minutes/g,
      expected: readOff('wrangler.toml', /crons = \["\*\/(\d+) \* \* \* \*"\]/),
      what: 'the interval of the checks',
    },
    {
      file: 'docs/domain-check.md',
      pattern: /each question waits (\d+) s at most/g,
      expected: limits.DNS_TIMEOUT_MS / 1000,
      what: 'the bound of a DNS question',
    },
    {
      file: 'docs/domain-check.md',
      pattern: /a request sends at most (\d+) questions/g,
      expected: limits.MAX_DNS_LOOKUPS_PER_REQUEST,
      what: 'the DNS questions per request',
    },
    {
      file: 'docs/domain-check.md',
      pattern: /for their TTL, at most (\d+) minutes/g,
      expected: limits.MAX_DNS_TTL_SECONDS / 60,
      what: 'the longest a DNS answer is kept',
    },
    {
      file: 'docs/caching.md',
      pattern: /Worker script ceiling of (\d+) KiB/g,
      expected: readOff('test/node/bundle.test.ts', /const MAX_GZIP_BYTES = (\d+) \* 1024;/),
      what: "the bundle test's ceiling",
    },
    {
      file: 'docs/assistant.md',
      pattern: /`page\.js` ([\d.]+) KB gzipped/g,
      expected: gzippedKb('public/page/page.js'),
      what: "the page script's gzipped size",
    },
    {
      file: 'docs/assistant.md',
      pattern: /`page\.css` ([\d.]+) KB gzipped/g,
      expected: gzippedKb('public/page/page.css'),
      what: "the stylesheet's gzipped size",
    },
  ];
}
