/**
 * The words of the pages for people that are not facts: headings, labels, buttons, hints. Facts
 * (servers, ports, steps, reasons) come from the API's answers. Every text exists in English and
 * German; the type demands both, and the catalog's text rule checks, before every build
 * (`scripts/check-catalog.ts`), that neither is empty and that each names only the placeholders
 * the pages fill in.
 */
import { checkText } from '../catalog/check.js';
import { STEP_PLACEHOLDERS, type Locale, type LocalizedText } from '../catalog/types.js';
import { fillPlaceholders } from '../lib/template.js';

/**
 * The placeholders page texts may use, the guide steps' among them (the recommendation names its
 * servers like a step); the renderers supply each where its text is used.
 */
const PAGE_PLACEHOLDERS = [
  ...STEP_PLACEHOLDERS,
  'address',
  'protocol',
  'domain',
  'provider',
  'host',
  'port',
  'security',
  'advice',
  'id',
  'ago',
  'reason',
  'good',
  'failed',
  'none',
  'share',
];

const TEXTS = {
  siteName: { en: 'Mail setup', de: 'E-Mail einrichten' },
  siteNameOf: { en: '{provider}: mail setup', de: '{provider}: E-Mail einrichten' },
  skipToContent: { en: 'Skip to content', de: 'Zum Inhalt springen' },
  navigation: { en: 'Main', de: 'Hauptnavigation' },
  navAssistant: { en: 'Setup assistant', de: 'Einrichtungsassistent' },
  navGuides: { en: 'All guides', de: 'Alle Anleitungen' },
  navDevelopers: { en: 'For developers', de: 'Für Entwickler' },
  language: { en: 'Language', de: 'Sprache' },
  footer: {
    en: 'Every server, port and step on these pages comes from the Mail Settings API, through the same GraphQL operations any app can send.',
    de: 'Jeder Server, jeder Port und jeder Schritt auf diesen Seiten stammt aus der Mail Settings API, über dieselben GraphQL-Abfragen, die jede App senden kann.',
  },

  homeTitle: {
    en: 'Set up your email: settings, guides and help',
    de: 'E-Mail einrichten: Einstellungen, Anleitungen und Hilfe',
  },
  homeHeading: { en: 'Set up your email', de: 'Ihre E-Mail einrichten' },
  homeLead: {
    en: 'See what to type into your mail program, find out whether IMAP or POP3 suits you, and follow the steps for your phone or computer.',
    de: 'Sehen Sie, was Sie in Ihr E-Mail-Programm eintragen, finden Sie heraus, ob IMAP oder POP3 zu Ihnen passt, und folgen Sie den Schritten für Ihr Smartphone oder Ihren Computer.',
  },

  settingsTitle: { en: 'Your settings', de: 'Ihre Einstellungen' },
  emailLabel: { en: 'Your email address', de: 'Ihre E-Mail-Adresse' },
  emailHint: {
    en: 'Used only to look up your settings. This page never asks for your password.',
    de: 'Wird nur verwendet, um Ihre Einstellungen nachzuschlagen. Diese Seite fragt nie nach Ihrem Passwort.',
  },
  showSettings: { en: 'Show my settings', de: 'Einstellungen zeigen' },
  noAddressYet: {
    en: 'Enter your address to see your settings. The port table further down lists every server and port.',
    de: 'Geben Sie Ihre Adresse ein, um Ihre Einstellungen zu sehen. Die Port-Tabelle weiter unten nennt alle Server und Ports.',
  },
  emptyAddress: {
    en: 'Type your email address into the box first, for example anna@example.com, then press “Show my settings”.',
    de: 'Tragen Sie zuerst Ihre E-Mail-Adresse in das Feld ein, zum Beispiel anna@example.com, und drücken Sie dann „Einstellungen zeigen“.',
  },
  settingsFor: {
    en: 'What to type into your mail program for {address}, with {protocol}:',
    de: 'Das tragen Sie für {address} mit {protocol} in Ihr E-Mail-Programm ein:',
  },
  unlistedTitle: { en: '{domain} is not on our list', de: '{domain} steht nicht in unserer Liste' },
  unlisted: {
    en: 'No provider here lists the domain {domain}. The settings below are those of {provider}: they work only if the mail of {domain} is hosted at {provider}. If someone else runs it (an employer, a school, a web host), ask them for the settings instead.',
    de: 'Kein Anbieter hier führt die Domain {domain}. Die Einstellungen unten sind die von {provider}: Sie funktionieren nur, wenn die E-Mails von {domain} bei {provider} liegen. Betreibt sie jemand anderes (ein Arbeitgeber, eine Schule, ein Webhoster), fragen Sie dort nach den Einstellungen.',
  },
  elsewhereTitle: { en: 'The mail of {domain} is not here', de: 'Die E-Mails von {domain} liegen nicht hier' },
  elsewhere: {
    en: 'The mail of {domain} goes to {host}, not to {provider}, so the settings of {provider} will not work for this address. Ask whoever runs {host} (your mail provider, employer, school or web host) for the settings.',
    de: 'Die E-Mails von {domain} gehen an {host}, nicht an {provider}; die Einstellungen von {provider} funktionieren für diese Adresse daher nicht. Fragen Sie den Betreiber von {host} (Ihren E-Mail-Anbieter, Arbeitgeber, Ihre Schule oder Ihren Webhoster) nach den Einstellungen.',
  },
  noSuchDomainTitle: { en: '{domain} does not exist', de: '{domain} gibt es nicht' },
  noSuchDomain: {
    en: 'No domain {domain} is registered in DNS. Check the spelling of your address.',
    de: 'Eine Domain {domain} ist im DNS nicht eingetragen. Prüfen Sie die Schreibweise Ihrer Adresse.',
  },
  noMailTitle: { en: '{domain} receives no mail', de: '{domain} empfängt keine E-Mails' },
  noMail: {
    en: 'The domain {domain} says in DNS that it takes no mail. Check your address for typing mistakes.',
    de: 'Die Domain {domain} gibt im DNS an, dass sie keine E-Mails annimmt. Prüfen Sie Ihre Adresse auf Tippfehler.',
  },
  didYouMean: { en: 'Did you mean {address}?', de: 'Meinten Sie {address}?' },
  useSuggestion: { en: 'Use {address}', de: '{address} verwenden' },
  lookupFailed: {
    en: 'Where the mail of {domain} goes could not be checked just now, so these settings are shown unchecked.',
    de: 'Wohin die E-Mails von {domain} gehen, konnte gerade nicht geprüft werden; die Einstellungen sind daher ungeprüft.',
  },
  showAnyway: {
    en: 'Show the settings of {provider} anyway',
    de: 'Die Einstellungen von {provider} trotzdem zeigen',
  },
  domainCheckTitle: { en: 'Check your domain', de: 'Ihre Domain prüfen' },
  domainCheckLead: {
    en: 'For administrators of a domain of their own: where its mail goes, and whether Thunderbird, Outlook and iPhones will find the settings for it.',
    de: 'Für Verwalter einer eigenen Domain: wohin ihre E-Mails gehen und ob Thunderbird, Outlook und iPhones die Einstellungen dafür finden.',
  },
  domainLabel: { en: 'Domain', de: 'Domain' },
  domainHint: {
    en: 'For example example.com, without "www." or "@".',
    de: 'Zum Beispiel example.com, ohne „www.“ oder „@“.',
  },
  checkDomain: { en: 'Check the domain', de: 'Domain prüfen' },
  emptyDomain: {
    en: 'Type the domain into the box first, for example example.com (the part after the @), then press “Check the domain”.',
    de: 'Tragen Sie zuerst die Domain in das Feld ein, zum Beispiel example.com (der Teil nach dem @), und drücken Sie dann „Domain prüfen“.',
  },
  recordsCaption: {
    en: 'The records mail programs look for under {domain}',
    de: 'Die Einträge, die Mailprogramme unter {domain} suchen',
  },
  recordName: { en: 'Record', de: 'Eintrag' },
  recordExpected: { en: 'Expected', de: 'Erwartet' },
  recordFound: { en: 'Found', de: 'Gefunden' },
  recordStatus: { en: 'Status', de: 'Status' },
  recordNothing: { en: 'nothing', de: 'nichts' },
  statusOK: { en: 'OK', de: 'OK' },
  statusMISSING: { en: 'Missing', de: 'Fehlt' },
  statusWRONG: { en: 'Wrong', de: 'Falsch' },
  statusLOOKUP_FAILED: { en: 'Not checked', de: 'Nicht geprüft' },
  incomingTitle: { en: 'Incoming mail ({protocol})', de: 'Posteingang ({protocol})' },
  outgoingTitle: { en: 'Outgoing mail ({protocol})', de: 'Postausgang ({protocol})' },
  fieldServer: { en: 'Server', de: 'Server' },
  fieldPort: { en: 'Port', de: 'Port' },
  fieldEncryption: { en: 'Encryption', de: 'Verschlüsselung' },
  fieldUserName: { en: 'User name', de: 'Benutzername' },
  fieldPassword: { en: 'Password', de: 'Passwort' },
  passwordValue: { en: 'your mailbox password', de: 'das Passwort Ihres Postfachs' },
  outgoingSignIn: {
    en: 'Sending needs sign-in too: turn it on, with the same user name and password.',
    de: 'Auch das Senden braucht eine Anmeldung: Schalten Sie sie ein, mit demselben Benutzernamen und Passwort.',
  },
  copy: { en: 'Copy', de: 'Kopieren' },
  copied: { en: 'Copied', de: 'Kopiert' },
  otherPorts: {
    en: 'Other encrypted ports that also work',
    de: 'Weitere verschlüsselte Ports, die auch funktionieren',
  },
  otherPortsHint: {
    en: 'Use one of these only if the port above is blocked where you are.',
    de: 'Nehmen Sie einen davon nur, wenn der Port oben bei Ihnen gesperrt ist.',
  },
  alternative: {
    en: '{protocol}: {host}, port {port} with {security} ({advice})',
    de: '{protocol}: {host}, Port {port} mit {security} ({advice})',
  },
  showProtocol: { en: 'Show the {protocol} settings instead', de: 'Stattdessen die {protocol}-Einstellungen zeigen' },

  chooseTitle: { en: 'IMAP or POP3?', de: 'IMAP oder POP3?' },
  chooseLead: {
    en: 'Your mail program fetches mail with IMAP or with POP3. Answer three questions to get a recommendation and the reasons for it.',
    de: 'Ihr E-Mail-Programm ruft E-Mails per IMAP oder per POP3 ab. Beantworten Sie drei Fragen, und Sie erhalten eine Empfehlung mit Begründung.',
  },
  devicesLabel: {
    en: 'On how many devices do you read this mailbox (computers, phones, tablets)?',
    de: 'Auf wie vielen Geräten lesen Sie dieses Postfach (Computer, Smartphones, Tablets)?',
  },
  offlineLabel: {
    en: 'I want copies on my device that I can read without a connection',
    de: 'Ich möchte Kopien auf meinem Gerät, die ich ohne Verbindung lesen kann',
  },
  storageLabel: {
    en: 'My storage space on the server is limited',
    de: 'Mein Speicherplatz auf dem Server ist knapp',
  },
  recommend: { en: 'Recommend', de: 'Empfehlen' },
  devicesInvalid: {
    en: 'Enter the number of devices as a whole number, 1 or more.',
    de: 'Geben Sie die Zahl der Geräte als ganze Zahl ein, 1 oder mehr.',
  },
  answerTitle: { en: 'Our recommendation: {protocol}', de: 'Unsere Empfehlung: {protocol}' },
  answerServers: {
    en: 'Incoming: {incomingHost}, port {incomingPort} with {incomingSecurity}. Outgoing: {outgoingHost}, port {outgoingPort} with {outgoingSecurity}.',
    de: 'Eingang: {incomingHost}, Port {incomingPort} mit {incomingSecurity}. Ausgang: {outgoingHost}, Port {outgoingPort} mit {outgoingSecurity}.',
  },
  answerFollows: {
    en: 'Your settings and the guides on this page now follow {protocol}.',
    de: 'Ihre Einstellungen und die Anleitungen auf dieser Seite folgen jetzt {protocol}.',
  },
  whyTitle: { en: 'Why', de: 'Warum' },
  whatIs: { en: 'What is {protocol}?', de: 'Was ist {protocol}?' },
  readMore: { en: 'What each protocol does:', de: 'Was jedes Protokoll macht:' },

  programsTitle: { en: 'Set up your mail program', de: 'Ihr E-Mail-Programm einrichten' },
  programsLead: {
    en: 'Open your program for its steps. They set up {protocol}, with the servers filled in.',
    de: 'Öffnen Sie Ihr Programm, um die Schritte zu sehen. Sie richten {protocol} ein, mit eingetragenen Servern.',
  },
  showSteps: { en: 'Show the steps for {protocol}', de: 'Die Schritte für {protocol} zeigen' },
  guideOwnPage: { en: 'This guide on a page of its own', de: 'Diese Anleitung auf einer eigenen Seite' },
  profileLead: {
    en: 'On an iPhone, iPad or Mac one tap does it: download the configuration profile, then install it in Settings. It holds no password; Mail asks for it.',
    de: 'Auf iPhone, iPad oder Mac genügt ein Tippen: Laden Sie das Konfigurationsprofil und installieren Sie es in den Einstellungen. Es enthält kein Passwort; Mail fragt danach.',
  },
  profileDownload: { en: 'Download the profile for {protocol}', de: 'Profil für {protocol} laden' },
  profileInstallIos: {
    en: 'On an iPhone or iPad: after the download, open Settings, where “Profile Downloaded” appears near the top; tap it, then Install. iOS calls the profile “Not Verified” because it carries no signature; that is expected for a profile from this page.',
    de: 'Auf iPhone oder iPad: Öffnen Sie nach dem Download die Einstellungen, wo oben „Profil geladen“ erscheint; tippen Sie darauf und dann auf „Installieren“. iOS nennt das Profil „Nicht überprüft“, weil es keine Signatur trägt; bei einem Profil von dieser Seite ist das zu erwarten.',
  },
  profileInstallMac: {
    en: 'On a Mac: after the download, open System Settings → Privacy & Security → Profiles (on macOS 15 and later: General → Device Management), double-click the profile and choose Install. It is shown as unsigned, which is expected.',
    de: 'Auf dem Mac: Öffnen Sie nach dem Download Systemeinstellungen → Datenschutz & Sicherheit → Profile (ab macOS 15: Allgemein → Geräteverwaltung), doppelklicken Sie das Profil und wählen Sie „Installieren“. Es wird als nicht signiert angezeigt, was zu erwarten ist.',
  },
  qrAlt: {
    en: 'QR code that opens the profile download on your iPhone or iPad',
    de: 'QR-Code, der den Download des Profils auf Ihrem iPhone oder iPad öffnet',
  },
  qrCaption: {
    en: 'On a computer? Scan this with the camera of your iPhone or iPad to open the profile there. The code holds no address: the device asks for it.',
    de: 'Am Computer? Scannen Sie diesen Code mit der Kamera Ihres iPhone oder iPad, um das Profil dort zu öffnen. Der Code enthält keine Adresse: Das Gerät fragt danach.',
  },

  portsTitle: { en: 'All servers and ports', de: 'Alle Server und Ports' },
  portsLead: {
    en: 'The whole port table with the provider’s advice. Encrypted ports (SSL/TLS or STARTTLS) keep your password and mail private on the way; the unencrypted ones work but are not recommended.',
    de: 'Die ganze Port-Tabelle mit der Empfehlung des Anbieters. Verschlüsselte Ports (SSL/TLS oder STARTTLS) schützen Passwort und E-Mails unterwegs; die unverschlüsselten funktionieren, werden aber nicht empfohlen.',
  },
  portsCaption: { en: 'Server {host}', de: 'Server {host}' },
  columnProtocol: { en: 'Protocol', de: 'Protokoll' },
  columnPort: { en: 'Port', de: 'Port' },
  columnEncryption: { en: 'Encryption', de: 'Verschlüs\u00adselung' },
  columnAdvice: { en: 'Provider’s advice', de: 'Empfehlung' },

  protocolsTitle: { en: 'What IMAP, POP3 and SMTP are', de: 'Was IMAP, POP3 und SMTP sind' },
  strengths: { en: 'What it does well', de: 'Was es gut kann' },
  suitedFor: { en: 'It suits', de: 'Es passt für' },

  troubleTitle: { en: 'When something goes wrong', de: 'Wenn etwas nicht klappt' },
  troubleLead: {
    en: 'The problems people meet most often while setting up mail, and what to do about each.',
    de: 'Die Probleme, die beim Einrichten am häufigsten auftreten, und was Sie jeweils tun können.',
  },
  generalKnowledge: { en: 'General mail knowledge', de: 'Allgemeines E-Mail-Wissen' },
  generalKnowledgeNote: {
    en: 'General knowledge of mail programs and networks, true for mailboxes anywhere; the provider’s help page does not say it.',
    de: 'Allgemeines Wissen über E-Mail-Programme und Netze, gültig für Postfächer überall; die Hilfeseite des Anbieters sagt es nicht.',
  },
  troubleSeeStatus: {
    en: 'Before you change a setting, see whether the servers answer as they should.',
    de: 'Bevor Sie eine Einstellung ändern: Sehen Sie nach, ob die Server antworten, wie sie sollen.',
  },
  symptom: { en: 'What you see', de: 'Was Sie sehen' },

  statusTitle: { en: 'Are the servers answering?', de: 'Antworten die Server?' },
  statusNone: {
    en: 'No check of the servers has run yet. The checks run every few minutes, without any password, and their results will show here.',
    de: 'Die Server wurden noch nicht geprüft. Die Prüfungen laufen alle paar Minuten, ohne Passwort, und ihre Ergebnisse erscheinen hier.',
  },
  statusAllGood: {
    en: 'All of the servers answered as the port table says at the last check, {ago}.',
    de: 'Alle Server antworteten bei der letzten Prüfung wie in der Porttabelle angegeben ({ago}).',
  },
  statusSomeFailed: {
    en: 'At the last check, {ago}, not every server answered as the port table says:',
    de: 'Bei der letzten Prüfung ({ago}) antwortete nicht jeder Server wie in der Porttabelle angegeben:',
  },
  statusEndpoint: {
    en: '{protocol} on port {port} ({security}) at {host}',
    de: '{protocol} auf Port {port} ({security}) bei {host}',
  },
  statusMeaningIncoming: {
    en: 'A mail program set to this port may not fetch new mail until it is fixed. Your settings are not the cause.',
    de: 'Ein E-Mail-Programm, das diesen Port nutzt, holt bis zur Behebung womöglich keine neuen E-Mails ab. An Ihren Einstellungen liegt es nicht.',
  },
  statusMeaningOutgoing: {
    en: 'A mail program set to this port may not send mail until it is fixed. Your settings are not the cause.',
    de: 'Ein E-Mail-Programm, das diesen Port nutzt, kann bis zur Behebung womöglich keine E-Mails senden. An Ihren Einstellungen liegt es nicht.',
  },
  statusAlternative: {
    en: 'Meanwhile {protocol} on port {port} ({security}) answered: you can switch to it.',
    de: '{protocol} auf Port {port} ({security}) antwortete dagegen: Sie können vorübergehend dorthin wechseln.',
  },
  statusStale: {
    en: 'The checks have not run for more than an hour, so this may be out of date.',
    de: 'Die Prüfungen liefen seit über einer Stunde nicht mehr; das hier ist womöglich nicht mehr aktuell.',
  },
  statusHistory: { en: 'Every server, and the last 24 hours', de: 'Jeder Server und die letzten 24 Stunden' },
  statusHistoryLead: {
    en: 'Each bar is one hour, the newest on the right: green when every check in it was good, red when one failed, grey without checks.',
    de: 'Jeder Balken ist eine Stunde, die neueste rechts: grün, wenn jede Prüfung darin gut war, rot, wenn eine fehlschlug, grau ohne Prüfung.',
  },
  columnServer: { en: 'Server', de: 'Server' },
  columnLastCheck: { en: 'Last check', de: 'Letzte Prüfung' },
  columnLastDay: { en: 'Last 24 hours', de: 'Letzte 24 Stunden' },
  statusGood: { en: 'Good', de: 'Gut' },
  statusGoodShare: { en: '{share} of checks good', de: '{share} der Prüfungen gut' },
  statusNotChecked: { en: 'Not checked yet', de: 'Noch nicht geprüft' },
  statusBars: {
    en: 'Last 24 hours by hour: good {good}; with a failed check {failed}; without checks {none}',
    de: 'Letzte 24 Stunden je Stunde: gut {good}; mit fehlgeschlagener Prüfung {failed}; ohne Prüfung {none}',
  },
  whatToDo: { en: 'What to do', de: 'Was Sie tun können' },

  guidesTitle: { en: 'All guides', de: 'Alle Anleitungen' },
  guidesLead: {
    en: 'Background to read, and step-by-step guides for common mail programs.',
    de: 'Hintergrund zum Lesen und Schritt-für-Schritt-Anleitungen für verbreitete E-Mail-Programme.',
  },
  guidesBackground: { en: 'Background', de: 'Hintergrund' },
  guidesPrograms: { en: 'Mail programs', de: 'E-Mail-Programme' },
  stepsFor: { en: 'Steps for {protocol}', de: 'Schritte für {protocol}' },
  backToAssistant: { en: 'Back to the setup assistant', de: 'Zurück zum Einrichtungsassistenten' },

  notFoundTitle: { en: 'Page not found', de: 'Seite nicht gefunden' },
  notFoundPath: {
    en: 'There is nothing at this address. The link may be mistyped, or the page may have moved.',
    de: 'Unter dieser Adresse gibt es nichts. Vielleicht ist der Link falsch geschrieben, oder die Seite ist umgezogen.',
  },
  notFoundGuide: {
    en: 'There is no guide called “{id}”. The link may be mistyped, or the guide may have a new name.',
    de: 'Es gibt keine Anleitung namens „{id}“. Vielleicht ist der Link falsch geschrieben, oder die Anleitung heißt jetzt anders.',
  },

  platformWINDOWS: { en: 'Windows', de: 'Windows' },
  platformMACOS: { en: 'macOS', de: 'macOS' },
  platformLINUX: { en: 'Linux', de: 'Linux' },
  platformIOS: { en: 'iPhone and iPad', de: 'iPhone und iPad' },
  platformANDROID: { en: 'Android', de: 'Android' },
} satisfies Record<string, LocalizedText>;

/** The name of a page text. */
type PageTextKey = keyof typeof TEXTS;

/**
 * Throws a `CatalogError` for the first page text missing a locale or using an unknown
 * placeholder. Run with the catalog check (scripts/check-catalog.ts), before any build.
 */
export function checkPageTexts(): void {
  for (const [key, text] of Object.entries(TEXTS)) checkText(text, `page text ${key}`, PAGE_PLACEHOLDERS);
}

/** The page texts of one locale: `t(key)`, or `t(key, values)` to fill its placeholders. */
export type PageTexts = (key: PageTextKey, values?: Readonly<Record<string, string | number>>) => string;

/** The page texts in `locale`. */
export function pageTexts(locale: Locale): PageTexts {
  return (key, values) => {
    const text = TEXTS[key][locale];
    return values === undefined ? text : fillPlaceholders(text, values);
  };
}

/** The names of the page's languages, each in its own language, for the language switch. */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', de: 'Deutsch' };
