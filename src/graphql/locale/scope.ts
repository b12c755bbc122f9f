/**
 * Which locale the texts under a root field are in: the field's own `locale` argument when it
 * has one, else the one Accept-Language chose. Kept per response key, so two aliased root fields
 * can ask for two languages in one operation.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { Locale } from '../../catalog/types.js';
import type { Context } from '../context.js';

type Path = GraphQLResolveInfo['path'];

/** The response key of the root field a path lies under. */
function rootKey(path: Path): string {
  let root = path;
  while (root.prev !== undefined) root = root.prev;
  return String(root.key);
}

/** Records a root field's `locale` argument for the fields below it. */
export function useLocaleArgument(ctx: Context, info: GraphQLResolveInfo, requested: Locale | null | undefined): void {
  if (requested != null) ctx.localeOverrides.set(rootKey(info.path), requested);
}

/** The locale of texts under the root field with response key `key`. */
export function localeUnder(ctx: Context, key: string | number | undefined): Locale {
  return (key !== undefined && ctx.localeOverrides.get(String(key))) || ctx.locale;
}

/** The locale of the texts a resolver returns. */
export const textLocale = (ctx: Context, info: GraphQLResolveInfo): Locale => localeUnder(ctx, rootKey(info.path));
