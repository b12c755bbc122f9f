/**
 * Enum values from a record of descriptions, one entry a value: the record's `satisfies` names
 * every value, so a value without a description does not compile.
 */

/** `{ VALUE: { description } }` for each entry of `descriptions`. */
export function describedValues<Value extends string>(
  descriptions: Readonly<Record<Value, string>>,
): Record<Value, { description: string }> {
  return Object.fromEntries(
    Object.entries<string>(descriptions).map(([value, description]) => [value, { description }]),
  ) as Record<Value, { description: string }>;
}
