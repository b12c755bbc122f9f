/**
 * What the property tests share: how many cases each property runs, from which seed, and the one
 * way to call domain code that may refuse its input. A fixed seed makes a failure reproducible on
 * any machine; the run count keeps each property meaningful while the suite stays quick.
 */
import fc, { type Parameters } from 'fast-check';
import { InvalidInputError } from '../../src/domain/errors.js';

/** Parameters for `fc.assert`: 1,000 cases from a fixed seed. */
export const PROPERTY_RUNS: Parameters<unknown> = { numRuns: 1000, seed: 20_261_126 };

/** What calling domain code gave: a value, or our typed error. */
export type Outcome<T> = { value: T; error?: undefined } | { value?: undefined; error: InvalidInputError };

/**
 * Runs `call` and returns its value or its `InvalidInputError`. Anything else it throws is
 * thrown on, failing the property: the domain may refuse input only with our typed error.
 */
export function outcome<T>(call: () => T): Outcome<T> {
  try {
    return { value: call() };
  } catch (error) {
    if (error instanceof InvalidInputError) return { error };
    throw error;
  }
}

/**
 * Asserts `check` for every generated input that `call` accepts; an input it refuses with our
 * typed error is passed over, and anything else it throws fails the property.
 */
export function forEveryAccepted<Args extends unknown[], T>(
  inputs: fc.Arbitrary<Args>,
  call: (...args: Args) => T,
  check: (value: T, ...args: Args) => void,
): void {
  fc.assert(
    fc.property(inputs, (args) => {
      const { value } = outcome(() => call(...args));
      if (value !== undefined) check(value, ...args);
    }),
    PROPERTY_RUNS,
  );
}
