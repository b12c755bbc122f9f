/**
 * The page for a guide that does not exist: a plain word in the reader's language and the ways on.
 */
import { ASSISTANT_PATH, GUIDES_PATH } from '../paths.js';
import type { Locale } from '../catalog/types.js';
import { escapeHtml } from './html.js';
import { pageDocument } from './layout.js';
import { pageTexts } from './texts.js';

/** The HTML page saying that no guide is called `id`. */
export function guideNotFoundPage(locale: Locale, id: string): string {
  const t = pageTexts(locale);
  const shown = id.length > 80 ? `${id.slice(0, 80)}…` : id;
  const main = `<div class="intro">
<h1>${escapeHtml(t('notFoundTitle'))}</h1>
<p class="lead">${escapeHtml(t('notFoundGuide', { id: shown }))}</p>
</div>
<ul class="next">
<li><a href="${GUIDES_PATH}?lang=${locale}">${escapeHtml(t('guidesTitle'))}</a></li>
<li><a href="${ASSISTANT_PATH}?lang=${locale}">${escapeHtml(t('backToAssistant'))}</a></li>
</ul>`;
  return pageDocument({ locale, title: t('notFoundTitle'), inLocale: (other) => `?lang=${other}`, main });
}
