/**
 * Which variables each operation declares, learned from its first execution: the answer cache
 * keys later requests by those alone (`key.ts`), without parsing a document before a cache hit.
 * Bounded in entries; the oldest learned goes first.
 */
import { MAX_LEARNED_OPERATIONS } from '../limits.js';

export class DeclaredVariables {
  readonly #names = new Map<string, readonly string[]>();

  /** The variable names `operation` (an `operationKey`) declares, once an execution told. */
  get(operation: string): readonly string[] | undefined {
    return this.#names.get(operation);
  }

  /** Remembers that `operation` declares `names`. */
  learn(operation: string, names: readonly string[]): void {
    if (this.#names.has(operation)) return;
    if (this.#names.size >= MAX_LEARNED_OPERATIONS) this.#names.delete(this.#names.keys().next().value ?? '');
    this.#names.set(operation, names);
  }
}
