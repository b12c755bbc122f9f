/**
 * The assistant's mail programs: each set-up guide with its steps for the protocol in force, and
 * for Apple's Mail the configuration profile as a one-tap download with how to install it, and a
 * QR code that opens the profile on a phone (shown on large screens only). With an address the
 * download is a POST that carries it in its body, and the QR code holds none (the device asks for
 * it): neither puts the address into a URL.
 */
import { APPLE_PROFILE_PATH, guidePath, PROFILE_QR_PATH, profileQuery } from '../paths.js';
import { escapeHtml } from './html.js';
import type { AssistantData, IncomingProtocolName, Platform, SetupGuide } from './data.js';
import { assistantLink } from './forms.js';
import type { AssistantState } from './state.js';
import { pageTexts, type PageTexts } from './texts.js';

/** The element id of this section, which the page's script renders again. */
export const SETUP_GUIDES_ID = 'programs';

/** The QR code's size in CSS pixels; the SVG scales to it. */
const QR_SIZE = 176;

/** The platforms of a mail program, as a person names them. */
export function platformNames(t: PageTexts, platforms: readonly Platform[]): string {
  return platforms.map((platform) => t(`platform${platform}`)).join(', ');
}

/** The systems a configuration profile installs on. */
const APPLE_PLATFORMS: readonly Platform[] = ['IOS', 'MACOS'];

/** The profile download for `address` (a POST carrying it) or for none (a link). */
function download(label: string, address: string | undefined, protocol: IncomingProtocolName): string {
  if (address === undefined) {
    return `<p><a class="button" href="${escapeHtml(APPLE_PROFILE_PATH + profileQuery(undefined, protocol))}">${escapeHtml(label)}</a></p>`;
  }
  const fields = [...new URLSearchParams(profileQuery(address, protocol))].map(
    ([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`,
  );
  return `<form method="post" action="${APPLE_PROFILE_PATH}">${fields.join('')}<button type="submit">${escapeHtml(label)}</button></form>`;
}

/**
 * The profile download for a guide to Apple's own Mail (a program for Apple's systems alone: a
 * profile sets up Mail, never Thunderbird on a Mac), for `address` or for none, with where to find
 * and install it, and for iPhone and iPad its QR code; nothing for any other guide.
 */
export function profileBlock(
  t: PageTexts,
  guide: Pick<SetupGuide, 'mailClient'>,
  address: string | undefined,
  protocol: IncomingProtocolName,
): string {
  const platforms = guide.mailClient?.platforms ?? [];
  if (platforms.length === 0 || !platforms.every((platform) => APPLE_PLATFORMS.includes(platform))) return '';
  const qr = platforms.includes('IOS')
    ? `\n<figure class="qr"><img src="${escapeHtml(PROFILE_QR_PATH + profileQuery(undefined, protocol))}" width="${QR_SIZE}" height="${QR_SIZE}" alt="${escapeHtml(t('qrAlt'))}" loading="lazy"><figcaption>${escapeHtml(t('qrCaption'))}</figcaption></figure>`
    : '';
  const install = platforms.map((platform) => t(platform === 'IOS' ? 'profileInstallIos' : 'profileInstallMac'));
  return `<div class="profile">
<p>${escapeHtml(t('profileLead'))}</p>
${download(t('profileDownload', { protocol }), address, protocol)}
${install.map((text) => `<p class="hint">${escapeHtml(text)}</p>`).join('\n')}${qr}
</div>`;
}

/** The set-up guides section of the assistant in `state`. */
export function setupGuidesSection(state: AssistantState, data: AssistantData): string {
  const t = pageTexts(state.locale);
  const { protocol } = data;
  const settings = data.settings?.ok === true ? data.settings.value : undefined;
  const other = protocol === 'IMAP' ? 'POP3' : 'IMAP';
  const guides = data.guides.map((guide) => {
    const platforms = guide.mailClient === null ? '' : platformNames(t, guide.mailClient.platforms);
    const link = guidePath(guide.guideId, {
      locale: state.locale,
      protocol,
      ...(settings === undefined ? {} : { providerId: settings.provider.providerId }),
    });
    return `<details class="guide" id="guide-${escapeHtml(guide.guideId)}">
<summary><span class="name">${escapeHtml(guide.title)}</span> <span class="platforms">${escapeHtml(platforms)}</span></summary>
<p>${escapeHtml(guide.summary)}</p>
<ol class="steps">
${guide.steps.map((step) => `<li>${escapeHtml(step)}</li>`).join('\n')}
</ol>
${profileBlock(t, guide, settings?.emailAddress, protocol)}
<p><a href="${escapeHtml(link)}">${escapeHtml(t('guideOwnPage'))}</a></p>
</details>`;
  });
  return `<section id="${SETUP_GUIDES_ID}" aria-labelledby="programs-title">
<h2 id="programs-title">${escapeHtml(t('programsTitle'))}</h2>
<p>${escapeHtml(t('programsLead', { protocol }))} ${assistantLink({ ...state, protocol: other }, t('showSteps', { protocol: other }), SETUP_GUIDES_ID)}</p>
${guides.join('\n')}
</section>`;
}
