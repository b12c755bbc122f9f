/**
 * The assistant's part for a domain's administrator: a domain to check, where its mail goes in
 * words, and each discovery record (name, status, what was expected and found, what to publish).
 * Each record is a block of its own rather than a row of a six-column table, so it reads on a
 * phone without sideways scrolling.
 */
import { escapeHtml } from './html.js';
import type { AssistantData, DomainCheck } from './data.js';
import { assistantForm, fieldError, inputWithButton } from './forms.js';
import { PARAMETERS, type AssistantState } from './state.js';
import { pageTexts, type PageTexts } from './texts.js';

/** The element id of this section, which the page's script renders again. */
export const DOMAIN_CHECK_ID = 'domain-check';

const STATUS_TEXT = {
  OK: 'statusOK',
  MISSING: 'statusMISSING',
  WRONG: 'statusWRONG',
  LOOKUP_FAILED: 'statusLOOKUP_FAILED',
} as const;

/** One checked record: its name and status, then expected, found and what to do. */
function record(t: PageTexts, checked: DomainCheck['discoveryRecords'][number]): string {
  const found =
    checked.found.length === 0
      ? escapeHtml(t('recordNothing'))
      : checked.found.map((text) => `<code>${escapeHtml(text)}</code>`).join('<br>');
  return `<div class="record ${checked.status.toLowerCase().replace('_', '-')}">
<h4><code>${escapeHtml(checked.name)}</code> ${escapeHtml(checked.type)}: <span class="status">${escapeHtml(t(STATUS_TEXT[checked.status]))}</span></h4>
<dl>
<div class="field"><dt>${escapeHtml(t('recordExpected'))}</dt><dd><code>${escapeHtml(checked.expected)}</code></dd></div>
<div class="field"><dt>${escapeHtml(t('recordFound'))}</dt><dd>${found}</dd></div>
</dl>
<p>${escapeHtml(checked.advice)}</p>
</div>`;
}

/** The check's answer: the mail's verdict in words and every record. */
function result(t: PageTexts, check: DomainCheck): string {
  return `<p class="verdict ${check.mail.verdict.toLowerCase().replaceAll('_', '-')}">${escapeHtml(check.mail.explanation)}</p>
<div class="records" role="group" aria-label="${escapeHtml(t('recordsCaption', { domain: check.mail.domain }))}">
<h3>${escapeHtml(t('recordsCaption', { domain: check.mail.domain }))}</h3>
${check.discoveryRecords.map((checked) => record(t, checked)).join('\n')}
</div>`;
}

/** The domain-check section of the assistant in `state`. */
export function domainCheckSection(state: AssistantState, data: AssistantData): string {
  const t = pageTexts(state.locale);
  const error = fieldError(state, PARAMETERS.domain, t('emptyDomain'), data.domainCheck);
  const input = inputWithButton({
    name: PARAMETERS.domain,
    label: t('domainLabel'),
    value: state.domain ?? '',
    hint: t('domainHint'),
    button: t('checkDomain'),
    error,
  });
  const body = data.domainCheck?.ok === true ? result(t, data.domainCheck.value) : '';
  return `<section id="${DOMAIN_CHECK_ID}" aria-labelledby="domain-check-title">
<h2 id="domain-check-title" tabindex="-1">${escapeHtml(t('domainCheckTitle'))}</h2>
<p>${escapeHtml(t('domainCheckLead'))}</p>
${assistantForm(state, [PARAMETERS.domain], input, DOMAIN_CHECK_ID, ' class="domain"')}
${body}
</section>`;
}
