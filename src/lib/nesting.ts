/**
 * How deep a JSON value nests, asked without walking more of it than the answer needs.
 */

/** True when `value` nests lists and objects more than `maxDepth` deep (a scalar is 0 deep). */
export function nestsDeeperThan(value: unknown, maxDepth: number): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (maxDepth === 0) return true;
  return Object.values(value).some((child) => nestsDeeperThan(child, maxDepth - 1));
}
