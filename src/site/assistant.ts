/**
 * The setup assistant at `/`: the page a provider puts on its help centre. Its sections that change
 * with the page's state are listed in `ASSISTANT_SECTIONS`, so the page's script renders exactly
 * what the server renders; the port table and the protocols change only with the language.
 */
import { DOMAIN_CHECK_ID, domainCheckSection } from './domain-check.js';
import { stateLink } from './forms.js';
import { escapeHtml } from './html.js';
import type { AssistantData, EndpointStatusRow, PortTableRow, ProtocolExplanation } from './data.js';
import { LANGUAGE_SWITCH_ID, languageSwitch, pageDocument } from './layout.js';
import { portTableSection } from './port-table.js';
import { protocolsSection } from './protocols.js';
import { recommendationSection, RECOMMENDATION_ID } from './recommendation.js';
import { serviceStatusSection } from './service-status.js';
import { SETTINGS_ID, settingsSection } from './settings.js';
import { SETUP_GUIDES_ID, setupGuidesSection } from './setup-guides.js';
import { assistantQuery, type AssistantState } from './state.js';
import { pageTexts } from './texts.js';
import { TROUBLESHOOTING_ID, troubleshootingSection } from './troubleshooting.js';

/** A part of the assistant that changes with its state: the element it replaces, and its HTML. */
interface AssistantSection {
  readonly id: string;
  readonly render: (state: AssistantState, data: AssistantData) => string;
}

/** The changing sections in page order; the script renders each again after every answer. */
export const ASSISTANT_SECTIONS: readonly AssistantSection[] = [
  { id: LANGUAGE_SWITCH_ID, render: (state) => languageSwitch(state.locale, inLocale(state), linkIn(state)) },
  { id: SETTINGS_ID, render: settingsSection },
  { id: RECOMMENDATION_ID, render: recommendationSection },
  { id: SETUP_GUIDES_ID, render: setupGuidesSection },
  { id: TROUBLESHOOTING_ID, render: troubleshootingSection },
  { id: DOMAIN_CHECK_ID, render: domainCheckSection },
];

/** The assistant's own URL in another language, keeping its state (but the address: see forms.ts). */
const inLocale = (state: AssistantState) => (locale: AssistantState['locale']) => assistantQuery({ ...state, locale });

/** A link that keeps the address `state` shows, if any, without putting it into a URL. */
const linkIn = (state: AssistantState) => (href: string, label: string, attributes: string) =>
  stateLink(state, href, label, attributes);

/**
 * What the whole page shows: the changing sections' data, the two that change only with the
 * language, and the servers' status as of `now`.
 */
interface AssistantPageInput {
  readonly state: AssistantState;
  readonly data: AssistantData;
  readonly ports: readonly PortTableRow[];
  readonly protocols: readonly ProtocolExplanation[];
  readonly status: readonly EndpointStatusRow[];
  readonly now: number;
  /** The provider whose help this is. */
  readonly provider: string | undefined;
}

/** The whole assistant page. */
export function assistantPage({ state, data, ports, protocols, status, now, provider }: AssistantPageInput): string {
  const t = pageTexts(state.locale);
  const main = `<div class="intro">
<h1>${escapeHtml(t('homeHeading'))}</h1>
<p class="lead">${escapeHtml(t('homeLead'))}</p>
</div>
${settingsSection(state, data)}
${serviceStatusSection(state.locale, status, now)}
${recommendationSection(state, data)}
${setupGuidesSection(state, data)}
${portTableSection(state.locale, ports)}
${protocolsSection(state.locale, protocols)}
${troubleshootingSection(state, data)}
${domainCheckSection(state, data)}`;
  return pageDocument({
    locale: state.locale,
    title: t('homeTitle'),
    provider,
    current: 'assistant',
    inLocale: inLocale(state),
    link: linkIn(state),
    main,
    script: true,
  });
}
