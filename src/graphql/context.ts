/**
 * What every resolver can read: the catalog being served and the reader's locale.
 */
import type { CatalogData, Locale } from '../catalog/types.js';

export interface Context {
  readonly catalog: CatalogData;
  readonly catalogVersion: string;
  /** The locale `Accept-Language` chose, or English. */
  readonly locale: Locale;
  /** The origin the request came to, for absolute links to our own pages (autoconfig guides). */
  readonly origin: string;
  /**
   * The host the API is served at, which DNS records name (`http/public-host.ts`). Asked for only
   * by the documents that name it, so a bad PUBLIC_HOST fails those and no other answer.
   */
  readonly publicHost: () => string;
  /** Locales asked for by a root field's `locale` argument, by the field's response key. */
  readonly localeOverrides: Map<string, Locale>;
}
