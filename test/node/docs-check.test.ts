/**
 * The documentation against the code (`npm run docs:check`): no link leads nowhere, every quoted
 * figure is the code's, and the schema tour names every root field; and the check fails when a
 * page and the code disagree.
 */
import { describe, expect, it } from 'vitest';
import { codeFigures } from '../../scripts/docs-check/code-figures.js';
import { checkFigures } from '../../scripts/docs-check/figures.js';
import { brokenLinks, headingAnchors } from '../../scripts/docs-check/links.js';
import { documentationProblems, readRepository } from '../../scripts/docs-check/run.js';

/** The repository, with `path` reading as `text`. */
const withPage = (path: string, text: string) => (file: string) => (file === path ? text : readRepository(file));

describe('the documentation', () => {
  it('agrees with the code: links, figures and root fields', () => {
    expect(documentationProblems()).toEqual([]);
  });

  it('fails the check when a page quotes a limit the code no longer has', () => {
    const security = readRepository('docs/security.md') ?? '';
    const changed = security.replace(/^\| tokens \| 1,000 \|/m, '| tokens | 1,200 |');
    expect(changed).not.toBe(security);
    expect(checkFigures(codeFigures(), withPage('docs/security.md', changed))).toEqual([
      { file: 'docs/security.md', message: 'says the token limit is 1200, the code says 1000' },
    ]);
  });

  it('fails the check when a page drops a figure it used to quote', () => {
    const page = (readRepository('docs/trusted-documents.md') ?? '').replace(
      /\(\d+ operations, [\d,]+ bytes as served\)/,
      '',
    );
    const problems = checkFigures(codeFigures(), withPage('docs/trusted-documents.md', page));
    expect(problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/^no longer quotes the operations of the trusted-document manifest/),
      expect.stringMatching(/^no longer quotes the bytes of the trusted-document manifest/),
    ]);
  });

  it('fails the check on a link to a missing file or heading, and reads headings as GitHub does', () => {
    const page =
      '[a](docs/nowhere.md) [b](docs/security.md#no-such-part) [c](docs/security.md#http-rules) [d](https://example.com)';
    expect(brokenLinks('README.md', page, readRepository).map((problem) => problem.message)).toEqual([
      'links to docs/nowhere.md, but docs/nowhere.md does not exist',
      'links to docs/security.md#no-such-part, but docs/security.md has no heading #no-such-part',
    ]);
    expect([
      ...headingAnchors('# Run it, test it\n## Use it from TypeScript\n## Notes\n## Notes\n```\n# not a heading\n```'),
    ]).toEqual(['run-it-test-it', 'use-it-from-typescript', 'notes', 'notes-1']);
  });
});
