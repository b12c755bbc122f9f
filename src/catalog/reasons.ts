/**
 * The sentences a recommendation gives as its reasons, one per reason code, in our own words.
 * `{placeholders}` are filled from the protocol or endpoint the reason is about.
 */
import type { CatalogData } from './types.js';

export const reasons: CatalogData['reasons'] = {
  SEVERAL_DEVICES: {
    en: 'You read mail on {deviceCount} devices. {protocol} keeps the mailbox on the server, so all of them stay in step.',
    de: 'Sie lesen E-Mails auf {deviceCount} Geräten. {protocol} hält das Postfach auf dem Server, sodass alle auf demselben Stand bleiben.',
  },
  ONE_DEVICE_OFFLINE_COPIES: {
    en: 'You use one device and want copies you can read offline. {protocol} downloads each message and keeps it on that device.',
    de: 'Sie nutzen ein Gerät und möchten Kopien, die Sie offline lesen können. {protocol} lädt jede Nachricht herunter und behält sie auf diesem Gerät.',
  },
  ONE_DEVICE_LIMITED_STORAGE: {
    en: 'You use one device and your space on the server is limited. {protocol} moves messages onto the device and can clear them from the server.',
    de: 'Sie nutzen ein Gerät, und Ihr Speicherplatz auf dem Server ist knapp. {protocol} holt Nachrichten auf das Gerät und kann sie vom Server entfernen.',
  },
  ONE_DEVICE_KEEP_ON_SERVER: {
    en: 'You use one device and need no offline archive. {protocol} keeps your mail safe on the server and ready for any device you add later.',
    de: 'Sie nutzen ein Gerät und brauchen kein Offline-Archiv. {protocol} bewahrt Ihre E-Mails sicher auf dem Server auf – bereit für jedes Gerät, das Sie später hinzufügen.',
  },
  LOCAL_COPIES_ON_SEVERAL_DEVICES: {
    en: '{otherProtocol} would keep messages on one device only, out of reach of your other devices. Most mail programs can still keep offline copies of an {protocol} mailbox.',
    de: 'Mit {otherProtocol} lägen Nachrichten nur auf einem Gerät, für Ihre anderen Geräte unerreichbar. Die meisten E-Mail-Programme können auch von einem {protocol}-Postfach Offline-Kopien anlegen.',
  },
  PROTOCOL_NOT_OFFERED: {
    en: 'This provider does not offer {otherProtocol}, so {protocol} is used instead.',
    de: 'Dieser Anbieter bietet {otherProtocol} nicht an, daher wird stattdessen {protocol} verwendet.',
  },
  ENDPOINT_PROVIDER_ADVICE: {
    en: 'For {protocol}, port {port} with {security} comes first in the provider’s advice.',
    de: 'Für {protocol} steht Port {port} mit {security} in der Empfehlung des Anbieters an erster Stelle.',
  },
  ENDPOINT_IMPLICIT_TLS_FIRST: {
    en: 'For {protocol}, port {port} with {security} comes first under RFC 8314, which prefers encryption from the first byte.',
    de: 'Für {protocol} steht Port {port} mit {security} nach RFC 8314 an erster Stelle, denn RFC 8314 bevorzugt Verschlüsselung vom ersten Byte an.',
  },
  ENCRYPTED_ONLY: {
    en: 'Unencrypted connections were left out: your password and messages would cross the network readable by anyone on the way.',
    de: 'Unverschlüsselte Verbindungen wurden ausgelassen: Ihr Passwort und Ihre Nachrichten wären unterwegs für jeden lesbar.',
  },
  SENDING_NEEDS_SMTP: {
    en: 'Sending always goes through {protocol}, whichever protocol fetches your mail; without it you could read mail but not send it.',
    de: 'Gesendet wird immer über {protocol}, gleich welches Protokoll Ihre E-Mails abruft; ohne {protocol} könnten Sie E-Mails lesen, aber nicht senden.',
  },
};
