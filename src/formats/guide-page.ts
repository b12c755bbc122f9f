/**
 * A guide as a web page, for people: where the autoconfig `documentation` links send them.
 * Plain HTML without scripts or styles, so it needs nothing but itself and reads well on any
 * device; the steps carry the same filled-in settings as the GraphQL `Guide.steps`.
 */
import { LOCALES, type CatalogData, type GuideData, type Locale } from '../catalog/types.js';
import type { ConnectionSettings } from '../domain/preference.js';
import { guideSteps, localize } from '../domain/texts.js';
import { escapeHtml } from './html.js';

/** The page's own links to itself in the other languages, by `?lang=`. */
const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', de: 'Deutsch' };

export interface GuidePageInput {
  readonly data: CatalogData;
  readonly guide: GuideData;
  /** The servers the steps name. */
  readonly settings: ConnectionSettings;
  readonly locale: Locale;
  /** Query parameters the links to the other languages keep (provider, protocol). */
  readonly kept: URLSearchParams;
}

/** The query string of this page in `locale`, keeping `kept`. */
function languageQuery(kept: URLSearchParams, locale: Locale): string {
  const search = new URLSearchParams(kept);
  search.set('lang', locale);
  return `?${search.toString()}`;
}

/** The HTML page of `guide` in `locale`, its steps naming the servers of `settings`. */
export function guidePage({ data, guide, settings, locale, kept }: GuidePageInput): string {
  const text = (value: GuideData['title']) => escapeHtml(localize(value, locale));
  const steps = guideSteps(data, guide, settings, locale);
  const others = LOCALES.filter((other) => other !== locale).map(
    (other) =>
      `<a href="${escapeHtml(languageQuery(kept, other))}" hreflang="${other}" lang="${other}">${LANGUAGE_NAMES[other]}</a>`,
  );
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text(guide.title)}</title>
<link rel="icon" href="data:,">
</head>
<body>
<main>
<nav>${others.join(' ')}</nav>
<h1>${text(guide.title)}</h1>
<p><strong>${text(guide.summary)}</strong></p>
${guide.paragraphs.map((paragraph) => `<p>${text(paragraph)}</p>`).join('\n')}
${steps.length === 0 ? '' : `<ol>\n${steps.map((step) => `<li>${escapeHtml(step)}</li>`).join('\n')}\n</ol>`}
</main>
</body>
</html>
`;
}
