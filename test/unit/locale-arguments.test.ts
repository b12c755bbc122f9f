/**
 * Every root field whose answer can hold text takes `locale`, so no part of the schema is stuck
 * with the Accept-Language header's choice. A type holds text when it says which locale it used
 * (its `locale` field); a root field reaches text when any type below it does.
 */
import { getNamedType, isObjectType, type GraphQLNamedType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/graphql/schema.js';

/** True when `type`, or any object type reachable from it, has a `locale` field. */
function reachesText(type: GraphQLNamedType, seen = new Set<string>()): boolean {
  if (!isObjectType(type) || seen.has(type.name)) return false;
  seen.add(type.name);
  const fields = Object.values(type.getFields());
  return fields.some((field) => field.name === 'locale') || fields.some((f) => reachesText(getNamedType(f.type), seen));
}

describe('locale arguments', () => {
  const rootFields = Object.values(schema.getQueryType()?.getFields() ?? {});

  it('are taken by every root field that reaches text', () => {
    const textual = rootFields.filter((field) => reachesText(getNamedType(field.type)));
    expect(textual.length).toBeGreaterThan(5);
    const without = textual.filter((field) => !field.args.some((arg) => arg.name === 'locale')).map((f) => f.name);
    expect(without).toEqual([]);
  });

  it('are typed Locale wherever they appear', () => {
    for (const field of rootFields) {
      const locale = field.args.find((arg) => arg.name === 'locale');
      if (locale !== undefined) expect(String(locale.type), field.name).toBe('Locale');
    }
  });
});
