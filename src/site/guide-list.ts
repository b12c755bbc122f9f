/**
 * `/guides`: every guide, background first, then the mail programs, each linking to its page.
 */
import { guidePath, guideQuery } from '../paths.js';
import type { Locale } from '../catalog/types.js';
import { escapeHtml } from './html.js';
import type { GuideSummary, IncomingProtocolName } from './data.js';
import { pageDocument } from './layout.js';
import { platformNames } from './setup-guides.js';
import { pageTexts, type PageTexts } from './texts.js';

/** What /guides shows. */
interface GuideListInput {
  readonly locale: Locale;
  readonly guides: readonly GuideSummary[];
  /** A protocol chosen on the way here, which the guide links keep. */
  readonly protocol: IncomingProtocolName | undefined;
  /** The provider whose help this is. */
  readonly provider: string | undefined;
}

function group(t: PageTexts, input: GuideListInput, heading: string, guides: readonly GuideSummary[]): string {
  const items = guides.map((guide) => {
    const href = guidePath(guide.guideId, {
      locale: input.locale,
      ...(input.protocol === undefined ? {} : { protocol: input.protocol }),
    });
    const platforms =
      guide.mailClient === null
        ? ''
        : ` <span class="platforms">${escapeHtml(platformNames(t, guide.mailClient.platforms))}</span>`;
    return `<li><a href="${escapeHtml(href)}">${escapeHtml(guide.title)}</a>${platforms}<br>${escapeHtml(guide.summary)}</li>`;
  });
  return `<h2>${escapeHtml(heading)}</h2>
<ul class="guide-list">
${items.join('\n')}
</ul>`;
}

/** The HTML page listing `guides`. */
export function guideListPage(input: GuideListInput): string {
  const t = pageTexts(input.locale);
  const programs = input.guides.filter((guide) => guide.kind === 'CLIENT_SETUP');
  const background = input.guides.filter((guide) => guide.kind !== 'CLIENT_SETUP');
  const main = `<div class="intro">
<h1>${escapeHtml(t('guidesTitle'))}</h1>
<p class="lead">${escapeHtml(t('guidesLead'))}</p>
</div>
${group(t, input, t('guidesBackground'), background)}
${group(t, input, t('guidesPrograms'), programs)}`;
  return pageDocument({
    locale: input.locale,
    title: t('guidesTitle'),
    provider: input.provider,
    current: 'guides',
    inLocale: (other) =>
      guideQuery({ locale: other, ...(input.protocol === undefined ? {} : { protocol: input.protocol }) }),
    main,
  });
}
