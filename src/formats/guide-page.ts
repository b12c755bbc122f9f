/**
 * A guide as a web page, for people: where the autoconfig `documentation` links send them.
 * Plain HTML without scripts or styles, so it needs nothing but itself and reads well on any
 * device; the steps carry the same filled-in settings as the GraphQL `Guide.steps`.
 */
import { LOCALES, type CatalogData, type GuideData, type Locale } from '../catalog/types.js';
import { defaultProvider } from '../domain/providers.js';
import { preferredSettings } from '../domain/preference.js';
import { guideSteps, localize } from '../domain/texts.js';
import { escapeHtml } from './html.js';

/** The page's own links to itself in the other languages, by `?lang=`. */
const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', de: 'Deutsch' };

/** The HTML page of `guide` in `locale`, its steps for the default provider's IMAP settings. */
export function guidePage(data: CatalogData, guide: GuideData, locale: Locale): string {
  const text = (value: GuideData['title']) => escapeHtml(localize(value, locale));
  const steps =
    guide.steps.length === 0
      ? []
      : guideSteps(data, guide, preferredSettings(defaultProvider(data), 'IMAP', 'PROVIDER_ADVICE'), locale);
  const others = LOCALES.filter((other) => other !== locale).map(
    (other) => `<a href="?lang=${other}" hreflang="${other}" lang="${other}">${LANGUAGE_NAMES[other]}</a>`,
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
