/**
 * The assistant's "IMAP or POP3?" section: the recommendation's three questions as a GET form and,
 * once answered, its choice with the reasons, each linked to what it rests on: the explanation of
 * its protocol on this page, or a guide.
 */
import { guidePath } from '../paths.js';
import { escapeHtml } from './html.js';
import type { AssistantData, Recommendation } from './data.js';
import { assistantForm } from './forms.js';
import { EXPLAINED_PROTOCOLS, protocolAnchor } from './protocol-anchors.js';
import { PARAMETERS, situationOf, YES, type AssistantState } from './state.js';
import { pageTexts, type PageTexts } from './texts.js';

/** The element id of this section, which the page's script renders again. */
export const RECOMMENDATION_ID = 'choose';

const checked = (on: boolean | undefined) => (on === true ? ' checked' : '');

function questions(t: PageTexts, state: AssistantState, invalid: string | undefined): string {
  const { answers } = state;
  const fields = `<div class="question">
<label for="devices">${escapeHtml(t('devicesLabel'))}</label>
<input id="devices" name="${PARAMETERS.devices}" type="number" min="1" max="99" step="1" inputmode="numeric" required value="${escapeHtml(answers?.devices ?? '')}"${invalid === undefined ? '' : ' aria-invalid="true" aria-describedby="devices-error"'}>
</div>${invalid === undefined ? '' : `\n<p id="devices-error" class="error">${escapeHtml(invalid)}</p>`}
<div class="question check">
<input id="offline" name="${PARAMETERS.offline}" type="checkbox" value="${YES}"${checked(answers?.offline)}>
<label for="offline">${escapeHtml(t('offlineLabel'))}</label>
</div>
<div class="question check">
<input id="storage" name="${PARAMETERS.storage}" type="checkbox" value="${YES}"${checked(answers?.limitedStorage)}>
<label for="storage">${escapeHtml(t('storageLabel'))}</label>
</div>
<button type="submit">${escapeHtml(t('recommend'))}</button>`;
  return assistantForm(
    state,
    [PARAMETERS.devices, PARAMETERS.offline, PARAMETERS.storage, PARAMETERS.protocol],
    fields,
    RECOMMENDATION_ID,
    ' class="questions"',
  );
}

function answer(t: PageTexts, state: AssistantState, recommendation: Recommendation): string {
  const protocol = recommendation.incomingProtocol.name;
  const { incoming, outgoing } = recommendation;
  const reasons = recommendation.reasons.map((reason) => {
    const links = [
      reason.protocol === null
        ? ''
        : ` <a href="#${protocolAnchor(reason.protocol.name)}">${escapeHtml(t('whatIs', { protocol: reason.protocol.name }))}</a>`,
      reason.guide === null
        ? ''
        : ` <a href="${escapeHtml(guidePath(reason.guide.guideId, { locale: state.locale }))}">${escapeHtml(reason.guide.title)}</a>`,
    ];
    return `<li>${escapeHtml(reason.text)}${links.join('')}</li>`;
  });
  const servers = t('answerServers', {
    incomingHost: incoming.hostName,
    incomingPort: incoming.port,
    incomingSecurity: incoming.securityLabel,
    outgoingHost: outgoing.hostName,
    outgoingPort: outgoing.port,
    outgoingSecurity: outgoing.securityLabel,
  });
  return `<div class="answer">
<h3 id="answer-title" tabindex="-1">${escapeHtml(t('answerTitle', { protocol }))}</h3>
<p>${escapeHtml(recommendation.incomingProtocol.summary)}</p>
<h4>${escapeHtml(t('whyTitle'))}</h4>
<ul class="reasons">
${reasons.join('\n')}
</ul>
<p>${escapeHtml(servers)}</p>
<p>${escapeHtml(t('answerFollows', { protocol }))}</p>
</div>`;
}

/** The recommendation section of the assistant in `state`. */
export function recommendationSection(state: AssistantState, data: AssistantData): string {
  const t = pageTexts(state.locale);
  const invalid =
    state.answers === undefined
      ? undefined
      : situationOf(state.answers) === undefined
        ? t('devicesInvalid')
        : data.recommendation?.ok === false
          ? data.recommendation.message
          : undefined;
  const explained = EXPLAINED_PROTOCOLS.map(
    (protocol) => `<a href="#${protocolAnchor(protocol)}">${escapeHtml(t('whatIs', { protocol }))}</a>`,
  );
  return `<section id="${RECOMMENDATION_ID}" aria-labelledby="choose-title">
<h2 id="choose-title">${escapeHtml(t('chooseTitle'))}</h2>
<p>${escapeHtml(t('chooseLead'))}</p>
${questions(t, state, invalid)}
${data.recommendation?.ok === true ? answer(t, state, data.recommendation.value) : ''}
<p class="hint">${escapeHtml(t('readMore'))} ${explained.join(' · ')}</p>
</section>`;
}
