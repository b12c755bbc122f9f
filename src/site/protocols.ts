/**
 * What IMAP, POP3 and SMTP are, each under the anchor the recommendation links to.
 */
import type { Locale } from '../catalog/types.js';
import { escapeHtml } from './html.js';
import type { ProtocolExplanation } from './data.js';
import { protocolAnchor } from './protocol-anchors.js';
import { pageTexts } from './texts.js';

const list = (items: readonly string[]) =>
  `<ul>\n${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('\n')}\n</ul>`;

/** The protocols section for `protocols`. */
export function protocolsSection(locale: Locale, protocols: readonly ProtocolExplanation[]): string {
  const t = pageTexts(locale);
  const articles = protocols.map((protocol) => {
    const id = protocolAnchor(protocol.name);
    return `<article id="${id}" class="protocol" aria-labelledby="${id}-title">
<h3 id="${id}-title">${protocol.name} <span class="full">${escapeHtml(protocol.fullName)}</span></h3>
<p><strong>${escapeHtml(protocol.summary)}</strong></p>
<p>${escapeHtml(protocol.explanation)}</p>
<h4>${escapeHtml(t('strengths'))}</h4>
${list(protocol.strengths)}
<h4>${escapeHtml(t('suitedFor'))}</h4>
${list(protocol.suitedFor)}
</article>`;
  });
  return `<section id="protocols" aria-labelledby="protocols-title">
<h2 id="protocols-title">${escapeHtml(t('protocolsTitle'))}</h2>
${articles.join('\n')}
</section>`;
}
