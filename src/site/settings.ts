/**
 * The assistant's first section: the address form and, for an address, what to type into a mail
 * program, each value with a copy button (shown by the script), the other encrypted ports below,
 * and for a domain no provider lists a plain word on what that means.
 */
import { escapeHtml } from './html.js';
import type { AddressSettings, AssistantData, IncomingProtocolName, ServerEndpoint } from './data.js';
import { assistantForm, assistantLink, fieldError, inputWithButton, stateForm } from './forms.js';
import { PARAMETERS, type AssistantState } from './state.js';
import { pageTexts, type PageTexts } from './texts.js';

/** The element id of this section, which the page's script renders again. */
export const SETTINGS_ID = 'settings';

/** Marks a copy button; its value is what it copies. */
export const COPY_ATTRIBUTE = 'data-copy';

/** Where the script says what was copied, for screen readers. */
export const COPY_STATUS_ID = 'copy-status';

const otherProtocol = (protocol: IncomingProtocolName): IncomingProtocolName => (protocol === 'IMAP' ? 'POP3' : 'IMAP');

/** One row of a settings card: its name, its value, and a button that copies the value. */
function field(t: PageTexts, card: string, name: string, value: string | number): string {
  const text = escapeHtml(String(value));
  // The label names the value for screen readers, and starts with the word the button shows.
  const label = escapeHtml(`${t('copy')}: ${card}, ${name}`);
  return `<div class="field"><dt>${escapeHtml(name)}</dt><dd><code>${text}</code> <button type="button" class="copy" ${COPY_ATTRIBUTE}="${text}" aria-label="${label}" hidden>${escapeHtml(t('copy'))}</button></dd></div>`;
}

/** A card with what to enter for one server. */
function card(t: PageTexts, id: string, title: string, endpoint: ServerEndpoint, userName: string, note = ''): string {
  return `<article class="card" aria-labelledby="${id}">
<h3 id="${id}">${escapeHtml(title)}</h3>
<dl>
${field(t, title, t('fieldServer'), endpoint.hostName)}
${field(t, title, t('fieldPort'), endpoint.port)}
${field(t, title, t('fieldEncryption'), endpoint.securityLabel)}
${field(t, title, t('fieldUserName'), userName)}
<div class="field"><dt>${escapeHtml(t('fieldPassword'))}</dt><dd>${escapeHtml(t('passwordValue'))}</dd></div>
</dl>${note === '' ? '' : `\n<p class="hint">${escapeHtml(note)}</p>`}
</article>`;
}

/** The provider's other encrypted endpoints for the protocols in use, preferred ones left out. */
function alternatives(t: PageTexts, settings: AddressSettings): string {
  const chosen = [settings.incoming.endpointId, settings.outgoing.endpointId];
  const others = settings.provider.endpoints.filter(
    (e) => (e.protocol === settings.incoming.protocol || e.protocol === 'SMTP') && !chosen.includes(e.endpointId),
  );
  if (others.length === 0) return '';
  const items = others.map(
    (e) =>
      `<li>${escapeHtml(t('alternative', { protocol: e.protocol, host: e.hostName, port: e.port, security: e.securityLabel, advice: e.adviceLabel }))}</li>`,
  );
  return `<h3>${escapeHtml(t('otherPorts'))}</h3>
<p class="hint">${escapeHtml(t('otherPortsHint'))}</p>
<ul class="alternatives">
${items.join('\n')}
</ul>`;
}

/** A note with a title and its paragraphs. */
const notice = (title: string, paragraphs: readonly string[], extra = '') => `<div class="notice" role="note">
<p><strong>${escapeHtml(title)}</strong></p>
${paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join('\n')}${extra}
</div>`;

/** "Did you mean …?" with a button that looks the suggested address up (a POST: see forms.ts). */
function didYouMean(t: PageTexts, state: AssistantState, settings: AddressSettings): string {
  const address = settings.suggestedEmailAddress;
  if (address === null) return '';
  const fields = `<p>${escapeHtml(t('didYouMean', { address }))} <input type="hidden" name="${PARAMETERS.email}" value="${escapeHtml(address)}"><button type="submit">${escapeHtml(t('useSuggestion', { address }))}</button></p>`;
  return `\n${assistantForm(state, [PARAMETERS.email], fields, SETTINGS_ID, ' class="suggestion"')}`;
}

/**
 * What the domain's lookup means for the settings: nothing for a domain the provider lists or
 * hosts; for mail elsewhere, a domain that does not exist or takes no mail, a note that hides the
 * settings (`hides`); for a failed or missing check, the plain word that they are unchecked.
 */
function verdictNote(t: PageTexts, state: AssistantState, settings: AddressSettings) {
  if (settings.providerMatch !== 'DEFAULT') return { note: '', hides: false };
  const domain = settings.domain;
  const provider = settings.provider.displayName;
  const location = settings.mailLocation;
  const suggestion = didYouMean(t, state, settings);
  switch (location?.verdict) {
    case 'HOSTED_ELSEWHERE': {
      const host = location.preferredMailExchanger?.host ?? '';
      return {
        note: notice(t('elsewhereTitle', { domain }), [t('elsewhere', { domain, host, provider })], suggestion),
        hides: true,
      };
    }
    case 'NO_SUCH_DOMAIN':
      return {
        note: notice(t('noSuchDomainTitle', { domain }), [t('noSuchDomain', { domain })], suggestion),
        hides: true,
      };
    case 'NO_MAIL':
      return { note: notice(t('noMailTitle', { domain }), [t('noMail', { domain })], suggestion), hides: true };
    default: {
      const unchecked = location?.verdict === 'LOOKUP_FAILED' ? [t('lookupFailed', { domain })] : [];
      const paragraphs = [t('unlisted', { domain, provider }), ...unchecked];
      return { note: notice(t('unlistedTitle', { domain, provider }), paragraphs, suggestion), hides: false };
    }
  }
}

function result(t: PageTexts, state: AssistantState, settings: AddressSettings, protocol: IncomingProtocolName) {
  const other = otherProtocol(protocol);
  const { note, hides } = verdictNote(t, state, settings);
  const shown = `<p>${escapeHtml(t('settingsFor', { address: settings.emailAddress, protocol: settings.incoming.protocol }))}</p>
<div class="cards">
${card(t, 'incoming-title', t('incomingTitle', { protocol: settings.incoming.protocol }), settings.incoming, settings.userName)}
${card(t, 'outgoing-title', t('outgoingTitle', { protocol: settings.outgoing.protocol }), settings.outgoing, settings.userName, t('outgoingSignIn'))}
</div>
<p>${assistantLink({ ...state, protocol: other }, t('showProtocol', { protocol: other }), SETTINGS_ID)}</p>
${alternatives(t, settings)}`;
  // Settings that will not work stay behind an explicit choice, so no one copies them in a hurry.
  if (hides) {
    return `${note}
<details class="anyway">
<summary>${escapeHtml(t('showAnyway', { provider: settings.provider.displayName }))}</summary>
${shown}
</details>`;
  }
  return `${note}\n${shown}`;
}

/** The address section of the assistant in `state`. */
export function settingsSection(state: AssistantState, data: AssistantData): string {
  const t = pageTexts(state.locale);
  const error = fieldError(state, PARAMETERS.email, t('emptyAddress'), data.settings);
  const input = inputWithButton({
    name: PARAMETERS.email,
    label: t('emailLabel'),
    value: state.email ?? '',
    hint: t('emailHint'),
    button: t('showSettings'),
    error,
    attributes: ' inputmode="email" autocomplete="email"',
  });
  const body =
    data.settings === undefined
      ? error === undefined
        ? `<p>${escapeHtml(t('noAddressYet'))}</p>`
        : ''
      : data.settings.ok
        ? result(t, state, data.settings.value, data.protocol)
        : '';
  return `<section id="${SETTINGS_ID}" aria-labelledby="settings-title">
<h2 id="settings-title" tabindex="-1">${escapeHtml(t('settingsTitle'))}</h2>
${assistantForm(state, [PARAMETERS.email], input, SETTINGS_ID, ' class="address"')}
${stateForm(state)}
${body}
<p id="${COPY_STATUS_ID}" class="vh" role="status"></p>
</section>`;
}
