/**
 * What counts as personal data in a request: an email address, which is any text with an `@` in
 * it. Deliberately wide (a string that is no address but has an `@` counts too): an answer that
 * might hold an address must never reach a shared cache, and missing one costs only an execution.
 */

/** True when `text` may hold an email address. */
export const mayHoldAddress = (text: string): boolean => text.includes('@');

/** True when any string anywhere in the JSON-like `value` (keys included) may hold an address. */
export function valueHoldsAddress(value: unknown): boolean {
  if (typeof value === 'string') return mayHoldAddress(value);
  if (Array.isArray(value)) return value.some(valueHoldsAddress);
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).some(([key, inner]) => mayHoldAddress(key) || valueHoldsAddress(inner));
  }
  return false;
}
