/**
 * The published SDL matches the code, and every part of the schema carries a description.
 */
import {
  isEnumType,
  isInputObjectType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLNamedType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import committed from '../schema/schema.graphql?raw';
import { schema } from '../src/graphql/schema.js';
import { schemaSdl } from '../src/graphql/sdl.js';

describe('schema/schema.graphql', () => {
  it('is what the code prints (run `npm run schema` after changing the schema)', () => {
    expect(committed).toBe(schemaSdl());
  });
});

/** Every type, field, argument and enum value of ours that lacks a description. */
function undescribed(): string[] {
  const missing: string[] = [];
  const check = (path: string, description: string | null | undefined) => {
    if (description == null || description.trim().length < 10) missing.push(path);
  };
  const ours = Object.values(schema.getTypeMap()).filter(
    (type: GraphQLNamedType) => !isIntrospectionType(type) && !isSpecifiedScalarType(type),
  );
  for (const type of ours) {
    check(type.name, type.description);
    if (isObjectType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        check(`${type.name}.${field.name}`, field.description);
        for (const arg of 'args' in field ? field.args : [])
          check(`${type.name}.${field.name}(${arg.name})`, arg.description);
      }
    }
    if (isEnumType(type)) for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
  }
  return missing;
}

describe('descriptions', () => {
  it('cover every type, field, argument and enum value', () => {
    expect(undescribed()).toEqual([]);
  });

  it('reach clients through introspection', async () => {
    const { data } = await import('./helpers/client.js');
    const result = await data<{ __type: { description: string; fields: { description: string }[] } }>(
      '{ __type(name: "Endpoint") { description fields { description } } }',
    );
    expect(result.__type.description).toContain('port table');
    expect(result.__type.fields.every((field) => field.description.length > 0)).toBe(true);
  });
});
