/**
 * A guide as a page of its own, where autoconfig's documentation links lead: its background, and
 * for a mail program its steps for the chosen protocol, with a link to the steps for the other,
 * and for Apple's Mail the profile download.
 */
import { ASSISTANT_PATH, guidePath, guideQuery } from '../paths.js';
import type { Locale } from '../catalog/types.js';
import { escapeHtml } from './html.js';
import type { Guide, IncomingProtocolName } from './data.js';
import { pageDocument } from './layout.js';
import { platformNames, profileBlock } from './setup-guides.js';
import { pageTexts } from './texts.js';

/** What a guide page shows. */
interface GuidePageInput {
  readonly locale: Locale;
  readonly guide: Guide;
  readonly protocol: IncomingProtocolName;
  /** The provider the steps were asked for, kept in the page's links; undefined for the default. */
  readonly providerId: string | undefined;
  /** The provider whose help this is. */
  readonly provider: string | undefined;
}

/** The HTML page of `guide`. */
export function guidePage({ locale, guide, protocol, providerId, provider }: GuidePageInput): string {
  const t = pageTexts(locale);
  const options = (other: Locale, chosen: IncomingProtocolName) => ({
    locale: other,
    protocol: chosen,
    ...(providerId === undefined ? {} : { providerId }),
  });
  const otherProtocol = protocol === 'IMAP' ? 'POP3' : 'IMAP';
  const platforms = guide.mailClient === null ? '' : platformNames(t, guide.mailClient.platforms);
  const steps =
    guide.steps.length === 0
      ? ''
      : `<h2>${escapeHtml(t('stepsFor', { protocol }))}</h2>
<p><a href="${escapeHtml(guidePath(guide.guideId, options(locale, otherProtocol)))}">${escapeHtml(t('showSteps', { protocol: otherProtocol }))}</a></p>
<ol class="steps">
${guide.steps.map((step) => `<li>${escapeHtml(step)}</li>`).join('\n')}
</ol>
${profileBlock(t, guide, undefined, protocol)}`;
  const main = `<div class="intro">
<h1>${escapeHtml(guide.title)}</h1>
<p class="lead">${escapeHtml(guide.summary)}</p>${platforms === '' ? '' : `\n<p class="platforms">${escapeHtml(platforms)}</p>`}
</div>
<div class="article">
${guide.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('\n')}
${steps}
<p><a href="${ASSISTANT_PATH}?lang=${locale}&amp;protocol=${protocol}">${escapeHtml(t('backToAssistant'))}</a></p>
</div>`;
  return pageDocument({
    locale,
    title: guide.title,
    provider,
    current: 'guides',
    inLocale: (other) => guideQuery(options(other, protocol)),
    main,
  });
}
