/**
 * Guides in our own words: choosing between IMAP and POP3, why SMTP matters, and setting up the
 * common mail programs the help page points to. Steps name settings only through placeholders,
 * which are filled from the port table when a guide is read.
 */
import type { GuideData } from './types.js';

const FULL_ADDRESS_AS_USER = {
  en: 'Use your full email address as the user name, and your mailbox password.',
  de: 'Verwenden Sie Ihre vollständige E-Mail-Adresse als Benutzernamen und das Passwort Ihres Postfachs.',
};

export const guides: readonly GuideData[] = [
  {
    id: 'choosing-imap-or-pop3',
    kind: 'CHOOSING_A_PROTOCOL',
    title: { en: 'IMAP or POP3: which one to choose', de: 'IMAP oder POP3: Was passt zu Ihnen?' },
    summary: {
      en: 'Use IMAP when you read mail on several devices; POP3 fits one device that should keep its own copies.',
      de: 'Nehmen Sie IMAP, wenn Sie E-Mails auf mehreren Geräten lesen; POP3 passt zu einem Gerät, das eigene Kopien behalten soll.',
    },
    paragraphs: [
      {
        en:
          'The two protocols differ in where your mail is kept. IMAP leaves it on the server and keeps every device ' +
          'in step, so it is the right choice when you read mail on a laptop, a tablet and a phone.',
        de:
          'Die beiden Protokolle unterscheiden sich darin, wo Ihre E-Mails liegen. IMAP lässt sie auf dem Server und hält alle Geräte ' +
          'auf demselben Stand – die richtige Wahl, wenn Sie E-Mails auf Laptop, Tablet und Smartphone lesen.',
      },
      {
        en:
          'POP3 moves mail onto one device. That suits someone who reads mail on a single computer at home and ' +
          'wants copies that stay readable offline, or whose space on the server is tight.',
        de:
          'POP3 holt E-Mails auf ein Gerät. Das passt zu jemandem, der E-Mails nur am Computer zu Hause liest und ' +
          'Kopien möchte, die offline lesbar bleiben, oder dessen Speicherplatz auf dem Server knapp ist.',
      },
      {
        en: 'Think about how you work with email today and in the near future, and pick the protocol that fits it.',
        de: 'Überlegen Sie, wie Sie heute und in naher Zukunft mit E-Mails arbeiten, und wählen Sie das Protokoll, das dazu passt.',
      },
    ],
    steps: [],
    protocols: ['IMAP', 'POP3'],
    mailClient: null,
  },
  {
    id: 'why-smtp-matters',
    kind: 'OUTGOING_MAIL',
    title: { en: 'Why your SMTP settings matter', de: 'Warum Ihre SMTP-Einstellungen wichtig sind' },
    summary: {
      en: 'Without correct SMTP settings a mail program can read mail but cannot send it.',
      de: 'Ohne korrekte SMTP-Einstellungen kann ein E-Mail-Programm E-Mails lesen, aber nicht senden.',
    },
    paragraphs: [
      {
        en:
          'Incoming and outgoing mail are set up separately. IMAP or POP3 fetch your messages; SMTP carries the ones ' +
          'you write, safely and reliably, from your device to the recipient’s server.',
        de:
          'Eingehende und ausgehende E-Mails werden getrennt eingerichtet. IMAP oder POP3 holen Ihre Nachrichten ab; SMTP bringt die, ' +
          'die Sie schreiben, sicher und zuverlässig von Ihrem Gerät zum Server des Empfängers.',
      },
      {
        en:
          'If the SMTP part is missing or wrong, everything looks fine until you try to send. Set it up in every ' +
          'mail program you use, for private and business mail alike.',
        de:
          'Fehlt der SMTP-Teil oder ist er falsch, scheint alles in Ordnung – bis Sie etwas senden wollen. Richten Sie ihn in jedem ' +
          'E-Mail-Programm ein, das Sie nutzen, für private wie geschäftliche E-Mails.',
      },
    ],
    steps: [],
    protocols: ['SMTP'],
    mailClient: null,
  },
  {
    id: 'setup-thunderbird',
    kind: 'CLIENT_SETUP',
    title: { en: 'Set up Thunderbird', de: 'Thunderbird einrichten' },
    summary: {
      en: 'Add your mailbox to Thunderbird on Windows, macOS or Linux.',
      de: 'Fügen Sie Ihr Postfach in Thunderbird unter Windows, macOS oder Linux hinzu.',
    },
    paragraphs: [],
    steps: [
      {
        en: 'Open Thunderbird, open the ≡ menu and choose Account Settings, then Account Actions › Add Mail Account.',
        de: 'Öffnen Sie Thunderbird, dann das Menü ≡, und wählen Sie Konten-Einstellungen, danach Konten-Aktionen › E-Mail-Konto hinzufügen.',
      },
      {
        en: 'Enter your name, your email address and your password, then choose Continue.',
        de: 'Geben Sie Ihren Namen, Ihre E-Mail-Adresse und Ihr Passwort ein und wählen Sie Weiter.',
      },
      {
        en: 'When Thunderbird shows what it found, choose Configure manually.',
        de: 'Wenn Thunderbird zeigt, was es gefunden hat, wählen Sie Manuell einrichten.',
      },
      {
        en:
          'Incoming server: protocol {incomingProtocol}, hostname {incomingHost}, port {incomingPort}, ' +
          'connection security {incomingSecurity}, authentication method Normal password.',
        de:
          'Posteingangs-Server: Protokoll {incomingProtocol}, Server {incomingHost}, Port {incomingPort}, ' +
          'Verbindungssicherheit {incomingSecurity}, Authentifizierungsmethode Passwort, normal.',
      },
      {
        en:
          'Outgoing server: hostname {outgoingHost}, port {outgoingPort}, connection security {outgoingSecurity}, ' +
          'authentication method Normal password.',
        de:
          'Postausgangs-Server: Server {outgoingHost}, Port {outgoingPort}, Verbindungssicherheit {outgoingSecurity}, ' +
          'Authentifizierungsmethode Passwort, normal.',
      },
      FULL_ADDRESS_AS_USER,
      {
        en: 'Choose Re-test, then Done once Thunderbird confirms the settings.',
        de: 'Wählen Sie Erneut testen und danach Fertig, sobald Thunderbird die Einstellungen bestätigt.',
      },
    ],
    protocols: ['IMAP', 'POP3', 'SMTP'],
    mailClient: { name: 'Thunderbird', platforms: ['WINDOWS', 'MACOS', 'LINUX'] },
  },
  {
    id: 'setup-outlook',
    kind: 'CLIENT_SETUP',
    title: { en: 'Set up Outlook', de: 'Outlook einrichten' },
    summary: {
      en: 'Add your mailbox to Outlook for Windows.',
      de: 'Fügen Sie Ihr Postfach in Outlook für Windows hinzu.',
    },
    paragraphs: [],
    steps: [
      {
        en: 'In Outlook, choose File › Add Account and enter your email address.',
        de: 'Wählen Sie in Outlook Datei › Konto hinzufügen und geben Sie Ihre E-Mail-Adresse ein.',
      },
      {
        en: 'Open Advanced options, tick Let me set up my account manually, and choose Connect.',
        de: 'Öffnen Sie Erweiterte Optionen, setzen Sie das Häkchen bei Ich möchte mein Konto manuell einrichten und wählen Sie Verbinden.',
      },
      { en: 'Choose {incomingProtocol} as the account type.', de: 'Wählen Sie {incomingProtocol} als Kontotyp.' },
      {
        en: 'Incoming mail: server {incomingHost}, port {incomingPort}, encryption method {incomingSecurity}.',
        de: 'Eingehende E-Mail: Server {incomingHost}, Port {incomingPort}, Verschlüsselungsmethode {incomingSecurity}.',
      },
      {
        en: 'Outgoing mail: server {outgoingHost}, port {outgoingPort}, encryption method {outgoingSecurity}.',
        de: 'Ausgehende E-Mail: Server {outgoingHost}, Port {outgoingPort}, Verschlüsselungsmethode {outgoingSecurity}.',
      },
      FULL_ADDRESS_AS_USER,
      {
        en: 'Choose Next, enter your password and choose Connect.',
        de: 'Wählen Sie Weiter, geben Sie Ihr Passwort ein und wählen Sie Verbinden.',
      },
    ],
    protocols: ['IMAP', 'POP3', 'SMTP'],
    mailClient: { name: 'Outlook', platforms: ['WINDOWS'] },
  },
  {
    id: 'setup-apple-mail-macos',
    kind: 'CLIENT_SETUP',
    title: { en: 'Set up Apple Mail on a Mac', de: 'Apple Mail auf dem Mac einrichten' },
    summary: {
      en: 'Add your mailbox to the Mail app on macOS.',
      de: 'Fügen Sie Ihr Postfach in der App Mail unter macOS hinzu.',
    },
    paragraphs: [],
    steps: [
      {
        en: 'Open Mail and choose Mail › Add Account, then Other Mail Account, and Continue.',
        de: 'Öffnen Sie Mail und wählen Sie Mail › Account hinzufügen, dann Anderer Mail-Account und Fortfahren.',
      },
      {
        en: 'Enter your name, your email address and your password, then choose Sign In.',
        de: 'Geben Sie Ihren Namen, Ihre E-Mail-Adresse und Ihr Passwort ein und wählen Sie Anmelden.',
      },
      {
        en:
          'When Mail asks for more, choose {incomingProtocol} as the account type, {incomingHost} as the incoming ' +
          'mail server and {outgoingHost} as the outgoing mail server.',
        de:
          'Fragt Mail nach weiteren Angaben, wählen Sie {incomingProtocol} als Accounttyp, {incomingHost} als Server für eintreffende ' +
          'E-Mails und {outgoingHost} als Server für ausgehende E-Mails.',
      },
      FULL_ADDRESS_AS_USER,
      {
        en:
          'To check the ports, open Mail › Settings › Accounts › Server Settings and turn off Automatically manage ' +
          'connection settings: incoming port {incomingPort} with {incomingSecurity}, outgoing port {outgoingPort} ' +
          'with {outgoingSecurity}.',
        de:
          'Um die Ports zu prüfen, öffnen Sie Mail › Einstellungen › Accounts › Servereinstellungen und deaktivieren Sie Verbindungseinstellungen ' +
          'automatisch verwalten: Eingang Port {incomingPort} mit {incomingSecurity}, Ausgang Port {outgoingPort} mit {outgoingSecurity}.',
      },
    ],
    protocols: ['IMAP', 'POP3', 'SMTP'],
    mailClient: { name: 'Apple Mail', platforms: ['MACOS'] },
  },
  {
    id: 'setup-apple-mail-ios',
    kind: 'CLIENT_SETUP',
    title: { en: 'Set up Mail on iPhone and iPad', de: 'Mail auf iPhone und iPad einrichten' },
    summary: {
      en: 'Add your mailbox to the Mail app on iOS and iPadOS.',
      de: 'Fügen Sie Ihr Postfach in der App Mail unter iOS und iPadOS hinzu.',
    },
    paragraphs: [],
    steps: [
      {
        en: 'Open Settings › Apps › Mail › Mail Accounts › Add Account, then choose Other › Add Mail Account.',
        de: 'Öffnen Sie Einstellungen › Apps › Mail › Mail-Accounts › Account hinzufügen und wählen Sie Andere › Mail-Account hinzufügen.',
      },
      {
        en: 'Enter your name, your email address, your password and a description, then tap Next.',
        de: 'Geben Sie Ihren Namen, Ihre E-Mail-Adresse, Ihr Passwort und eine Beschreibung ein und tippen Sie auf Weiter.',
      },
      {
        en: 'Choose {incomingProtocol} at the top of the screen.',
        de: 'Wählen Sie oben auf dem Bildschirm {incomingProtocol}.',
      },
      {
        en: 'Under Incoming Mail Server, enter {incomingHost} as host name.',
        de: 'Geben Sie unter Server für eintreffende E-Mails {incomingHost} als Hostname ein.',
      },
      {
        en: 'Under Outgoing Mail Server, enter {outgoingHost} as host name.',
        de: 'Geben Sie unter Server für ausgehende E-Mails {outgoingHost} als Hostname ein.',
      },
      FULL_ADDRESS_AS_USER,
      {
        en:
          'Tap Next, then Save. Under the account’s Advanced settings, check that incoming mail uses port ' +
          '{incomingPort} with {incomingSecurity}, and the outgoing server port {outgoingPort} with {outgoingSecurity}.',
        de:
          'Tippen Sie auf Weiter und dann auf Sichern. Prüfen Sie in den erweiterten Einstellungen des Accounts, dass eingehende E-Mails Port ' +
          '{incomingPort} mit {incomingSecurity} nutzen und der Server für ausgehende E-Mails Port {outgoingPort} mit {outgoingSecurity}.',
      },
    ],
    protocols: ['IMAP', 'POP3', 'SMTP'],
    mailClient: { name: 'Apple Mail', platforms: ['IOS'] },
  },
  {
    id: 'setup-gmail-android',
    kind: 'CLIENT_SETUP',
    title: { en: 'Set up the Gmail app on Android', de: 'Gmail-App unter Android einrichten' },
    summary: {
      en: 'Add your mailbox to the Gmail app on an Android phone or tablet.',
      de: 'Fügen Sie Ihr Postfach in der Gmail-App auf einem Android-Smartphone oder -Tablet hinzu.',
    },
    paragraphs: [],
    steps: [
      {
        en: 'Open the Gmail app, tap your profile picture and choose Add another account, then Other.',
        de: 'Öffnen Sie die Gmail-App, tippen Sie auf Ihr Profilbild und wählen Sie Weiteres Konto hinzufügen, dann Andere.',
      },
      {
        en: 'Enter your email address and tap Manual setup.',
        de: 'Geben Sie Ihre E-Mail-Adresse ein und tippen Sie auf Manuell einrichten.',
      },
      {
        en: 'Choose Personal ({incomingProtocol}) and enter your password.',
        de: 'Wählen Sie Privat ({incomingProtocol}) und geben Sie Ihr Passwort ein.',
      },
      {
        en: 'Incoming server settings: server {incomingHost}, port {incomingPort}, security type {incomingSecurity}.',
        de: 'Einstellungen für den Eingangsserver: Server {incomingHost}, Port {incomingPort}, Sicherheitstyp {incomingSecurity}.',
      },
      {
        en:
          'Outgoing server settings: keep Require sign-in on, and enter SMTP server {outgoingHost}, ' +
          'port {outgoingPort}, security type {outgoingSecurity}.',
        de:
          'Einstellungen für den Ausgangsserver: Anmeldung erforderlich eingeschaltet lassen und SMTP-Server {outgoingHost}, ' +
          'Port {outgoingPort}, Sicherheitstyp {outgoingSecurity} eingeben.',
      },
      FULL_ADDRESS_AS_USER,
      {
        en: 'Finish the remaining account options and tap Next.',
        de: 'Legen Sie die übrigen Kontooptionen fest und tippen Sie auf Weiter.',
      },
    ],
    protocols: ['IMAP', 'POP3', 'SMTP'],
    mailClient: { name: 'Gmail', platforms: ['ANDROID'] },
  },
  {
    id: 'setup-thunderbird-android',
    kind: 'CLIENT_SETUP',
    title: { en: 'Set up Thunderbird for Android', de: 'Thunderbird für Android einrichten' },
    summary: {
      en: 'Add your mailbox to the Thunderbird app on an Android phone or tablet.',
      de: 'Fügen Sie Ihr Postfach in der Thunderbird-App auf einem Android-Smartphone oder -Tablet hinzu.',
    },
    paragraphs: [],
    steps: [
      {
        en: 'Open Thunderbird. On first use tap Get started; with an account already set up, open the menu and choose Settings › Add account.',
        de: 'Öffnen Sie Thunderbird. Beim ersten Start tippen Sie auf Los geht’s; ist schon ein Konto eingerichtet, öffnen Sie das Menü und wählen Einstellungen › Konto hinzufügen.',
      },
      {
        en: 'Enter your email address, then choose Manual setup to type in the servers yourself.',
        de: 'Geben Sie Ihre E-Mail-Adresse ein und wählen Sie dann Manuelle Einrichtung, um die Server selbst einzutragen.',
      },
      {
        en:
          'Incoming server: protocol {incomingProtocol}, server {incomingHost}, security {incomingSecurity}, ' +
          'port {incomingPort}, authentication Normal password.',
        de:
          'Posteingangsserver: Protokoll {incomingProtocol}, Server {incomingHost}, Sicherheit {incomingSecurity}, ' +
          'Port {incomingPort}, Authentifizierung Normales Passwort.',
      },
      {
        en:
          'Outgoing server: server {outgoingHost}, security {outgoingSecurity}, port {outgoingPort}, ' +
          'authentication Normal password.',
        de:
          'Postausgangsserver: Server {outgoingHost}, Sicherheit {outgoingSecurity}, Port {outgoingPort}, ' +
          'Authentifizierung Normales Passwort.',
      },
      FULL_ADDRESS_AS_USER,
      {
        en: 'Tap Next after each screen. Thunderbird checks the settings, then lets you name the account; tap Finish.',
        de: 'Tippen Sie nach jedem Bildschirm auf Weiter. Thunderbird prüft die Einstellungen und lässt Sie dann das Konto benennen; tippen Sie auf Fertig.',
      },
    ],
    protocols: ['IMAP', 'POP3', 'SMTP'],
    mailClient: { name: 'Thunderbird for Android', platforms: ['ANDROID'] },
  },
];
