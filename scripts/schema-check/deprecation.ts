/**
 * Deprecations as this API writes them: `@deprecated(reason: "<what to use instead>. Removal:
 * YYYY-MM-DD")`, so a partner reads in the schema itself what replaces an element and from which
 * day it may be gone. Elements are named by the paths graphql-inspector uses: `Type.field`,
 * `Type.field.argument`, `Input.field`, `Enum.VALUE`.
 */
import { isEnumType, isInputObjectType, isInterfaceType, isIntrospectionType, isObjectType } from 'graphql';
import type { GraphQLSchema } from 'graphql';

/** The form a deprecation reason must have, as the check reports it. */
export const DEPRECATION_FORM = '"<what to use instead, as a sentence>. Removal: YYYY-MM-DD"';

/** How long a deprecated element lives at the least: its removal date is this many days on. */
export const MIN_DEPRECATION_DAYS = 180;

const REASON = /^\S.*[.!?]\s+Removal: (\d{4}-\d{2}-\d{2})$/s;

/** True when `date` is a real calendar day written `YYYY-MM-DD`. */
function isCalendarDate(date: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date);
}

/** The day `days` after `date`, both `YYYY-MM-DD`. */
export function addDays(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** The removal date a deprecation reason announces, or undefined when it is not in the form. */
export function removalDate(reason: string): string | undefined {
  const date = REASON.exec(reason.trim())?.[1];
  return date !== undefined && isCalendarDate(date) ? date : undefined;
}

/** Every deprecated element of `schema`, by path, with its deprecation reason. */
export function deprecations(schema: GraphQLSchema): Map<string, string> {
  const found = new Map<string, string>();
  const note = (path: string, reason: string | null | undefined) => {
    if (reason != null) found.set(path, reason);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type)) continue;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        note(`${type.name}.${field.name}`, field.deprecationReason);
        for (const arg of field.args) note(`${type.name}.${field.name}.${arg.name}`, arg.deprecationReason);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) note(`${type.name}.${field.name}`, field.deprecationReason);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) note(`${type.name}.${value.name}`, value.deprecationReason);
    }
  }
  return found;
}
