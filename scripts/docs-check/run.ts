/**
 * The whole documentation check: the links of README.md, CHANGELOG.md and docs/, the figures the
 * pages quote, the root fields "What the schema offers" lists and the scripts "npm scripts" lists.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { codeFigures, rootFields } from './code-figures.js';
import { checkFigures, unlisted } from './figures.js';
import { brokenLinks, type Problem, type ReadFile } from './links.js';

const ROOT = new URL('../../', import.meta.url).pathname;

/** The repository's files as the checks read them; a folder reads as ''. */
export const readRepository: ReadFile = (path) => {
  const full = `${ROOT}${path}`;
  if (!existsSync(full)) return undefined;
  return statSync(full).isDirectory() ? '' : readFileSync(full, 'utf8');
};

/** The pages checked: the README, the changelog and every page of docs/. */
export const PAGES = [
  'README.md',
  'CHANGELOG.md',
  ...readdirSync(`${ROOT}docs`)
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

/** Everything wrong with the documentation, or nothing. */
export function documentationProblems(read: ReadFile = readRepository): Problem[] {
  const links = PAGES.flatMap((page) => brokenLinks(page, read(page) ?? '', read));
  const offers = /## What the schema offers([\s\S]*?)\n## /.exec(read('docs/schema.md') ?? '')?.[1] ?? '';
  const fields = unlisted(offers, rootFields()).map((name) => ({
    file: 'docs/schema.md',
    message: `"What the schema offers" leaves out the root field \`${name}\``,
  }));
  const scriptTable = /## npm scripts([\s\S]*?)(?:\n## |$)/.exec(read('docs/development.md') ?? '')?.[1] ?? '';
  const { scripts } = JSON.parse(read('package.json') ?? '{}') as { scripts: Record<string, string> };
  const unlistedScripts = unlisted(scriptTable, Object.keys(scripts)).map((name) => ({
    file: 'docs/development.md',
    message: `"npm scripts" leaves out \`${name}\``,
  }));
  return [...links, ...checkFigures(codeFigures(), read), ...fields, ...unlistedScripts];
}
