/**
 * A Pothos plugin that makes a root field's `locale` argument apply to everything below it:
 * before the field resolves, its argument is recorded for the fields under its response key. So
 * a root field only declares the argument (`locale: localeArg(t.arg)`), and no resolver can
 * forget to honour it.
 */
import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import type { GraphQLFieldResolver } from 'graphql';
import type { Locale } from '../../catalog/types.js';
import type { Context } from '../context.js';
import { useLocaleArgument } from './scope.js';

declare global {
  // Pothos finds its plugins by declaration merging into this namespace.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      rootLocale: RootLocalePlugin<Types>;
    }
  }
}

/** True for a field of the query type that takes `locale`. */
export const isLocalizedRootField = (config: PothosOutputFieldConfig<SchemaTypes>): boolean =>
  config.parentType === 'Query' && 'locale' in config.args;

export class RootLocalePlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    if (!isLocalizedRootField(fieldConfig as PothosOutputFieldConfig<SchemaTypes>)) return resolver;
    return (parent, args, ctx, info) => {
      useLocaleArgument(ctx as Context, info, (args as { locale?: Locale | null }).locale);
      return resolver(parent, args, ctx, info);
    };
  }
}

SchemaBuilder.registerPlugin('rootLocale', RootLocalePlugin);
