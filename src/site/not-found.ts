/**
 * The pages for what does not exist (a guide, any other path): a plain word in the reader's
 * language and the ways on.
 */
import { ASSISTANT_PATH, GUIDES_PATH } from '../paths.js';
import type { Locale } from '../catalog/types.js';
import { escapeHtml } from './html.js';
import { pageDocument } from './layout.js';
import { pageTexts } from './texts.js';

/** A not-found page in `locale` whose lead says `lead`. */
function notFoundPage(locale: Locale, lead: string): string {
  const t = pageTexts(locale);
  const main = `<div class="intro">
<h1>${escapeHtml(t('notFoundTitle'))}</h1>
<p class="lead">${escapeHtml(lead)}</p>
</div>
<ul class="next">
<li><a href="${GUIDES_PATH}?lang=${locale}">${escapeHtml(t('guidesTitle'))}</a></li>
<li><a href="${ASSISTANT_PATH}?lang=${locale}">${escapeHtml(t('backToAssistant'))}</a></li>
</ul>`;
  return pageDocument({ locale, title: t('notFoundTitle'), inLocale: (other) => `?lang=${other}`, main });
}

/** The HTML page saying that no guide is called `id`. */
export function guideNotFoundPage(locale: Locale, id: string): string {
  const shown = id.length > 80 ? `${id.slice(0, 80)}…` : id;
  return notFoundPage(locale, pageTexts(locale)('notFoundGuide', { id: shown }));
}

/** The HTML page for a path nothing is served at. */
export function pageNotFoundPage(locale: Locale): string {
  return notFoundPage(locale, pageTexts(locale)('notFoundPath'));
}
