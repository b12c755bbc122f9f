/**
 * Links between the Markdown pages: every relative link names a file that exists and, with a
 * `#fragment`, a heading of that page, by GitHub's rule for heading anchors.
 */

/** A link that leads nowhere, and where it stands. */
export interface Problem {
  readonly file: string;
  readonly message: string;
}

/** The targets of the Markdown links and images in `markdown`, code blocks and spans left out. */
export function linkTargets(markdown: string): string[] {
  const prose = markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((match) => match[1] ?? '');
}

/**
 * The anchors GitHub gives the headings of `markdown`: lower case, punctuation dropped, spaces as
 * hyphens, and a repeated anchor numbered from `-1`.
 */
export function headingAnchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const [, text] of markdown.replace(/^```[\s\S]*?^```/gm, '').matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = (text ?? '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}

/** Reads the repository: a file's text, or undefined when there is no such file (a folder is ''). */
export type ReadFile = (path: string) => string | undefined;

/** Joins a relative link to the folder of the page it stands in, as a repository path. */
function resolve(from: string, target: string): string {
  const parts = from.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

/** Every link of the page `file` (text `markdown`) that names a missing file or heading. */
export function brokenLinks(file: string, markdown: string, read: ReadFile): Problem[] {
  const problems: Problem[] = [];
  for (const target of linkTargets(markdown)) {
    if (/^[a-z]+:/i.test(target)) continue;
    const [path = '', fragment] = target.split('#');
    const resolved = path === '' ? file : resolve(file, decodeURIComponent(path));
    const text = read(resolved);
    if (text === undefined) {
      problems.push({ file, message: `links to ${target}, but ${resolved} does not exist` });
    } else if (fragment !== undefined && resolved.endsWith('.md') && !headingAnchors(text).has(fragment)) {
      problems.push({ file, message: `links to ${target}, but ${resolved} has no heading #${fragment}` });
    }
  }
  return problems;
}
