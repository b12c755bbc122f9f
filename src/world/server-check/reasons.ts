/**
 * Each failure of a server check in words a person can act on, English and German.
 */
import type { LocalizedText } from '../../catalog/types.js';
import type { FailureCode } from './check.js';

/** What each failure means, for people and partners alike. */
export const FAILURE_REASONS: Readonly<Record<FailureCode, LocalizedText>> = {
  NOT_CHECKABLE: {
    en: 'Not checkable from the edge: Cloudflare does not allow connections to port 25. This says nothing about the server.',
    de: 'Von der Edge aus nicht prüfbar: Cloudflare erlaubt keine Verbindungen zu Port 25. Über den Server sagt das nichts.',
  },
  CONNECT_FAILED: {
    en: 'The server could not be reached on this port: it is closed, filtered or the server is down.',
    de: 'Der Server war auf diesem Port nicht erreichbar: Er ist geschlossen, gefiltert oder der Server ist ausgefallen.',
  },
  TLS_FAILED: {
    en: 'The encrypted connection could not be set up: the certificate is not valid for this host name, or the server did not answer with TLS.',
    de: 'Die verschlüsselte Verbindung kam nicht zustande: Das Zertifikat gilt nicht für diesen Servernamen, oder der Server antwortete nicht mit TLS.',
  },
  NO_GREETING: {
    en: 'The server accepted the connection but did not greet within 3 seconds.',
    de: 'Der Server nahm die Verbindung an, grüßte aber nicht innerhalb von 3 Sekunden.',
  },
  BAD_GREETING: {
    en: 'The server answered with something that is not a greeting of this protocol: another service may run on this port.',
    de: 'Der Server antwortete mit etwas, das keine Begrüßung dieses Protokolls ist: Auf diesem Port läuft vielleicht ein anderer Dienst.',
  },
  STARTTLS_NOT_OFFERED: {
    en: 'The server does not offer STARTTLS on this port, so a mail program set to STARTTLS cannot encrypt the connection.',
    de: 'Der Server bietet auf diesem Port kein STARTTLS an; ein auf STARTTLS eingestelltes Mailprogramm kann die Verbindung nicht verschlüsseln.',
  },
  STARTTLS_REFUSED: {
    en: 'The server offered STARTTLS but refused it when asked.',
    de: 'Der Server bot STARTTLS an, lehnte es auf Anfrage aber ab.',
  },
  NO_CAPABILITIES: {
    en: 'The server did not list its capabilities within 3 seconds.',
    de: 'Der Server nannte seine Fähigkeiten nicht innerhalb von 3 Sekunden.',
  },
  NO_PASSWORD_SIGN_IN: {
    en: 'The server offers no password sign-in over the encrypted connection, which the settings tell mail programs to use.',
    de: 'Der Server bietet über die verschlüsselte Verbindung keine Anmeldung mit Passwort an, die die Einstellungen den Mailprogrammen vorgeben.',
  },
};
