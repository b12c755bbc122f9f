/**
 * What to do when setting up mail fails in the ways people most often meet, in our own words.
 * The help page says nothing of most of these, so each entry says where it comes from: the help
 * page, or general knowledge of mail programs and networks. `{placeholders}` in remedies are the
 * guide-step ones, filled from the provider's preferred endpoints, so no remedy can name a port
 * the port table does not have.
 */
import type { TroubleshootingData } from './types.js';

export const troubleshooting: readonly TroubleshootingData[] = [
  {
    id: 'sign-in-refused',
    source: 'GENERAL_KNOWLEDGE',
    title: { en: 'The password is refused', de: 'Das Passwort wird abgelehnt' },
    symptom: {
      en: 'The mail program keeps asking for the password, or says that signing in failed.',
      de: 'Das E-Mail-Programm fragt immer wieder nach dem Passwort oder meldet, dass die Anmeldung fehlgeschlagen ist.',
    },
    remedies: [
      {
        en: 'Use your whole email address as the user name, for incoming and for outgoing mail alike.',
        de: 'Verwenden Sie Ihre vollständige E-Mail-Adresse als Benutzernamen, für eingehende wie für ausgehende E-Mails.',
      },
      {
        en: 'Type the password again by hand: a copied password often carries a space at its end, and Caps Lock changes every letter.',
        de: 'Geben Sie das Passwort noch einmal von Hand ein: Ein kopiertes Passwort hat oft ein Leerzeichen am Ende, und die Feststelltaste ändert jeden Buchstaben.',
      },
      {
        en: 'If you changed the password recently, change it in every mail program and on every device that reads this mailbox.',
        de: 'Wenn Sie das Passwort kürzlich geändert haben, ändern Sie es in jedem E-Mail-Programm und auf jedem Gerät, das dieses Postfach liest.',
      },
    ],
  },
  {
    id: 'certificate-warning',
    source: 'GENERAL_KNOWLEDGE',
    title: { en: 'A certificate warning appears', de: 'Eine Zertifikatswarnung erscheint' },
    symptom: {
      en: 'The mail program warns that the server’s certificate is not trusted or does not match.',
      de: 'Das E-Mail-Programm warnt, dass dem Zertifikat des Servers nicht vertraut wird oder es nicht passt.',
    },
    remedies: [
      {
        en: 'Check the server name: it must be exactly {incomingHost} for incoming and {outgoingHost} for outgoing mail, not an address of your own domain and not a number.',
        de: 'Prüfen Sie den Servernamen: Er muss genau {incomingHost} für eingehende und {outgoingHost} für ausgehende E-Mails lauten, nicht eine Adresse Ihrer eigenen Domain und keine Zahl.',
      },
      {
        en: 'Check that the date and time of your device are right: a clock that is far off makes every certificate look invalid.',
        de: 'Prüfen Sie, ob Datum und Uhrzeit Ihres Geräts stimmen: Eine weit falsch gehende Uhr lässt jedes Zertifikat ungültig erscheinen.',
      },
      {
        en: 'Do not accept the certificate anyway on a public network: the warning may mean someone is reading the connection.',
        de: 'Akzeptieren Sie das Zertifikat in einem öffentlichen Netz nicht trotzdem: Die Warnung kann bedeuten, dass jemand die Verbindung mitliest.',
      },
    ],
  },
  {
    id: 'mail-not-sent',
    source: 'HELP_PAGE',
    title: { en: 'Mail arrives but will not send', de: 'E-Mails kommen an, lassen sich aber nicht senden' },
    symptom: {
      en: 'Reading mail works, but sending fails or messages stay in the outbox.',
      de: 'Das Lesen funktioniert, aber das Senden schlägt fehl oder Nachrichten bleiben im Postausgang.',
    },
    remedies: [
      {
        en: 'Sending needs its own server settings, whatever fetches your mail: outgoing server {outgoingHost}, port {outgoingPort}, {outgoingSecurity}.',
        de: 'Das Senden braucht eigene Servereinstellungen, gleich womit Sie E-Mails abrufen: Postausgangsserver {outgoingHost}, Port {outgoingPort}, {outgoingSecurity}.',
      },
      {
        en: 'Turn on sign-in for the outgoing server and let it use the same user name and password as incoming mail.',
        de: 'Schalten Sie die Anmeldung für den Postausgangsserver ein und lassen Sie sie denselben Benutzernamen und dasselbe Passwort wie für eingehende E-Mails verwenden.',
      },
    ],
  },
  {
    id: 'port-blocked',
    source: 'GENERAL_KNOWLEDGE',
    title: { en: 'It works at home but not on another network', de: 'Zu Hause klappt es, in einem anderen Netz nicht' },
    symptom: {
      en: 'On hotel, guest or office Wi-Fi the mail program cannot reach the server at all, or only sending fails.',
      de: 'Im WLAN eines Hotels, für Gäste oder im Büro erreicht das E-Mail-Programm den Server gar nicht, oder nur das Senden schlägt fehl.',
    },
    remedies: [
      {
        en: 'Some networks block mail ports. For sending, try the other encrypted port from the port table (465 with SSL/TLS instead of 587 with STARTTLS, or the reverse).',
        de: 'Manche Netze sperren E-Mail-Ports. Versuchen Sie zum Senden den anderen verschlüsselten Port aus der Port-Tabelle (465 mit SSL/TLS statt 587 mit STARTTLS, oder umgekehrt).',
      },
      {
        en: 'Port 25 is for mail between servers; many networks block it for devices. Do not use it in a mail program.',
        de: 'Port 25 dient dem E-Mail-Verkehr zwischen Servern; viele Netze sperren ihn für Geräte. Verwenden Sie ihn nicht in einem E-Mail-Programm.',
      },
      {
        en: 'If nothing works on that network, use mobile data or a VPN for a moment to confirm that the settings themselves are right.',
        de: 'Wenn in diesem Netz nichts funktioniert, nutzen Sie kurz mobile Daten oder ein VPN, um zu prüfen, ob die Einstellungen selbst stimmen.',
      },
    ],
  },
  {
    id: 'outlook-spa',
    source: 'GENERAL_KNOWLEDGE',
    title: {
      en: 'Outlook fails with “Secure Password Authentication”',
      de: 'Outlook scheitert mit „Gesicherte Kennwortauthentifizierung“',
    },
    symptom: {
      en: 'Classic Outlook on Windows refuses to sign in although the password is right.',
      de: 'Das klassische Outlook unter Windows verweigert die Anmeldung, obwohl das Passwort stimmt.',
    },
    remedies: [
      {
        en: 'In the account’s settings, turn off “Require logon using Secure Password Authentication (SPA)” for incoming and for outgoing mail: it is a Microsoft-only sign-in method. The encryption ({incomingSecurity} and {outgoingSecurity}) already protects the password.',
        de: 'Schalten Sie in den Kontoeinstellungen „Anmeldung mithilfe der gesicherten Kennwortauthentifizierung (SPA) erforderlich“ für eingehende und ausgehende E-Mails aus: Das ist ein Anmeldeverfahren nur von Microsoft. Die Verschlüsselung ({incomingSecurity} und {outgoingSecurity}) schützt das Passwort bereits.',
      },
    ],
  },
  {
    id: 'new-outlook-cloud',
    source: 'GENERAL_KNOWLEDGE',
    title: {
      en: 'The new Outlook syncs through Microsoft’s cloud',
      de: 'Das neue Outlook synchronisiert über die Cloud von Microsoft',
    },
    symptom: {
      en: 'The new Outlook for Windows (and Outlook on the web) connects to your mailbox from Microsoft’s servers, not from your computer, and may show sign-in alerts from unfamiliar places.',
      de: 'Das neue Outlook für Windows (und Outlook im Web) verbindet sich von Microsofts Servern aus mit Ihrem Postfach, nicht von Ihrem Computer, und kann Anmeldewarnungen von unbekannten Orten auslösen.',
    },
    remedies: [
      {
        en: 'This is how that program works: your password is stored with Microsoft and your mail passes through its servers. If you do not want that, use classic Outlook, Thunderbird or another program that connects directly.',
        de: 'So arbeitet dieses Programm: Ihr Passwort wird bei Microsoft gespeichert und Ihre E-Mails laufen über dessen Server. Wenn Sie das nicht möchten, verwenden Sie das klassische Outlook, Thunderbird oder ein anderes Programm, das sich direkt verbindet.',
      },
      {
        en: 'Enter the same settings as anywhere else: {incomingProtocol} on {incomingHost}, port {incomingPort} with {incomingSecurity}; sending on {outgoingHost}, port {outgoingPort} with {outgoingSecurity}.',
        de: 'Geben Sie dieselben Einstellungen wie überall ein: {incomingProtocol} auf {incomingHost}, Port {incomingPort} mit {incomingSecurity}; Senden über {outgoingHost}, Port {outgoingPort} mit {outgoingSecurity}.',
      },
    ],
  },
];
