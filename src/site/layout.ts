/**
 * The frame every page for people shares: language, title, stylesheet, the skip link, the header
 * with its navigation and language switch, and the footer. Only the assistant loads the script;
 * every page works without it.
 */
import { ASSISTANT_PATH, GRAPHQL_PATH, GUIDES_PATH, SCRIPT_PATH, STYLESHEET_PATH } from '../paths.js';
import { LOCALES, type Locale } from '../catalog/types.js';
import { escapeHtml } from './html.js';
import { LANGUAGE_NAMES, pageTexts } from './texts.js';
import type { ProviderName } from './data.js';

/** The element id of the language switch, which the page's script renders again. */
export const LANGUAGE_SWITCH_ID = 'language';

/** The name of the provider whose help the pages are: the default one. */
export const helpOwner = (providers: readonly ProviderName[]): string | undefined =>
  providers.find((provider) => provider.isDefault)?.displayName;

/** What a page puts into the frame. */
interface PageFrame {
  readonly locale: Locale;
  /** The document's title. */
  readonly title: string;
  /** The provider whose help this is, named in the header and the title; absent where unknown (404). */
  readonly provider?: string | undefined;
  /** The navigation entry this page is, if any. */
  readonly current?: 'assistant' | 'guides';
  /** The query string (with its `?`) of this very page in `locale`. */
  readonly inLocale: (locale: Locale) => string;
  /** The HTML inside `<main>`, which starts with the page's `<h1>`. */
  readonly main: string;
  /** True for the assistant, whose script answers without reloading. */
  readonly script?: boolean;
  /** How the language switch links to this page in another language; a plain link by default. */
  readonly link?: LinkTo;
}

/** Renders a link to `href` with `label` and the extra `attributes`. */
type LinkTo = (href: string, label: string, attributes: string) => string;

const plainLink: LinkTo = (href, label, attributes) =>
  `<a href="${escapeHtml(href)}"${attributes}>${escapeHtml(label)}</a>`;

/** The links to this page in the other languages. */
export function languageSwitch(locale: Locale, inLocale: PageFrame['inLocale'], link = plainLink): string {
  const t = pageTexts(locale);
  const links = LOCALES.filter((other) => other !== locale).map((other) =>
    link(inLocale(other), LANGUAGE_NAMES[other], ` hreflang="${other}" lang="${other}"`),
  );
  return `<nav id="${LANGUAGE_SWITCH_ID}" class="language" aria-label="${escapeHtml(t('language'))}">${links.join(' ')}</nav>`;
}

/** A navigation link, marked when it is the current page. */
function navLink(href: string, label: string, current: boolean): string {
  return `<li><a href="${escapeHtml(href)}"${current ? ' aria-current="page"' : ''}>${escapeHtml(label)}</a></li>`;
}

/** The whole HTML document of a page. */
export function pageDocument(frame: PageFrame): string {
  const { locale, current } = frame;
  const t = pageTexts(locale);
  const lang = `?lang=${locale}`;
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(frame.provider === undefined ? frame.title : `${frame.title} – ${frame.provider}`)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${STYLESHEET_PATH}">
${frame.script === true ? `<script type="module" src="${SCRIPT_PATH}"></script>\n` : ''}</head>
<body>
<a class="skip" href="#main">${escapeHtml(t('skipToContent'))}</a>
<header class="site">
<div class="wrap">
<a class="brand" href="${ASSISTANT_PATH}${lang}">${escapeHtml(frame.provider === undefined ? t('siteName') : t('siteNameOf', { provider: frame.provider }))}</a>
<nav class="main-nav" aria-label="${escapeHtml(t('navigation'))}"><ul>
${navLink(`${ASSISTANT_PATH}${lang}`, t('navAssistant'), current === 'assistant')}
${navLink(`${GUIDES_PATH}${lang}`, t('navGuides'), current === 'guides')}
${navLink(GRAPHQL_PATH, t('navDevelopers'), false)}
</ul></nav>
${languageSwitch(locale, frame.inLocale, frame.link)}
</div>
</header>
<main id="main" class="wrap" tabindex="-1">
${frame.main}
</main>
<footer class="site"><div class="wrap"><p>${escapeHtml(t('footer'))}</p></div></footer>
</body>
</html>
`;
}
