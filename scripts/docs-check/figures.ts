/**
 * The figures the pages quote about the code, each held to the code: a pattern finds every place
 * a page quotes it (the figure is the pattern's one group, thousands separators ignored), and the
 * figure must be what the code says. A pattern that finds nothing fails too, so a reworded
 * sentence cannot drop its figure from the check unnoticed.
 */
import type { Problem, ReadFile } from './links.js';

/** One figure: where it is quoted, and its value in the code. */
export interface Figure {
  readonly file: string;
  /** Global, with one capturing group: the figure as the page writes it. */
  readonly pattern: RegExp;
  readonly expected: string | number;
  /** What the figure is, for the message. */
  readonly what: string;
}

/** Every quote of `figures` that differs from the code, or that the page no longer holds. */
export function checkFigures(figures: readonly Figure[], read: ReadFile): Problem[] {
  const problems: Problem[] = [];
  for (const { file, pattern, expected, what } of figures) {
    const text = read(file) ?? '';
    const quoted = [...text.matchAll(pattern)].map((match) => (match[1] ?? '').replaceAll(',', ''));
    if (quoted.length === 0) {
      problems.push({ file, message: `no longer quotes ${what} (${pattern.source}); keep the figure checked` });
    }
    for (const figure of quoted.filter((value) => value !== String(expected))) {
      problems.push({ file, message: `says ${what} is ${figure}, the code says ${expected}` });
    }
  }
  return problems;
}

/** Every name of `names` that `text` never writes as code (`name` or `name(…)`). */
export function unlisted(text: string, names: readonly string[]): string[] {
  return names.filter((name) => !text.includes(`\`${name}\``) && !text.includes(`\`${name}(`));
}
