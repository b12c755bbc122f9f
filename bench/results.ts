// Where runs leave their figures: bench/results/ (not committed), one JSON file per kind of run,
// so a later run or a reader can compare with the figures printed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { ROOT } from './worker.js';

/** Writes `figures` as bench/results/`fileName` and returns the path relative to the repository. */
export function writeResults(fileName: string, figures: unknown): string {
  mkdirSync(`${ROOT}bench/results`, { recursive: true });
  writeFileSync(`${ROOT}bench/results/${fileName}`, `${JSON.stringify(figures, null, 2)}\n`);
  return `bench/results/${fileName}`;
}
