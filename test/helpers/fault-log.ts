/**
 * Tests that provoke a fault of ours on purpose: the guard logs every fault with its request id
 * (`console.error`), which those tests catch and check here instead of letting it print a stack
 * trace among the results, where it would look like a failure.
 */
import { vi } from 'vitest';

/** Runs `act` and returns its result with the lines the guard logged as `Request <id> failed:`. */
export async function withFaultLog<T>(act: () => Promise<T>): Promise<{ result: T; faults: string[] }> {
  const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    const result = await act();
    const faults = logged.mock.calls
      .map((call) => String(call[0]))
      .filter((line) => /^Request \S+ failed:$/.test(line));
    return { result, faults };
  } finally {
    logged.mockRestore();
  }
}
