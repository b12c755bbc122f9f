/**
 * What to do when setting up fails: each entry with its symptom and remedies, and a plain mark on
 * those that are general mail knowledge rather than the provider's word.
 */
import { escapeHtml } from './html.js';
import type { AssistantData } from './data.js';
import type { AssistantState } from './state.js';
import { STATUS_ID } from './service-status.js';
import { pageTexts } from './texts.js';

/** The element id of this section, which the page's script renders again. */
export const TROUBLESHOOTING_ID = 'trouble';

/** The troubleshooting section of the assistant in `state`. */
export function troubleshootingSection(state: AssistantState, data: AssistantData): string {
  const t = pageTexts(state.locale);
  const entries = data.troubleshooting.map((entry) => {
    const general = entry.source === 'GENERAL_KNOWLEDGE';
    return `<details class="trouble" id="trouble-${escapeHtml(entry.troubleshootingEntryId)}">
<summary><span class="name">${escapeHtml(entry.title)}</span>${general ? ` <span class="tag">${escapeHtml(t('generalKnowledge'))}</span>` : ''}</summary>
${general ? `<p class="hint">${escapeHtml(t('generalKnowledgeNote'))}</p>\n` : ''}<p><strong>${escapeHtml(t('symptom'))}:</strong> ${escapeHtml(entry.symptom)}</p>
<p><strong>${escapeHtml(t('whatToDo'))}:</strong></p>
<ol>
${entry.remedies.map((remedy) => `<li>${escapeHtml(remedy)}</li>`).join('\n')}
</ol>
</details>`;
  });
  return `<section id="${TROUBLESHOOTING_ID}" aria-labelledby="trouble-title">
<h2 id="trouble-title">${escapeHtml(t('troubleTitle'))}</h2>
<p>${escapeHtml(t('troubleLead'))}</p>
<p><a href="#${STATUS_ID}">${escapeHtml(t('troubleSeeStatus'))}</a></p>
${entries.join('\n')}
</section>`;
}
