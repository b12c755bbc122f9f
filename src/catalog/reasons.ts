/**
 * The sentences a recommendation gives as its reasons, one per reason code, in our own words.
 * `{placeholders}` are filled from the protocol or endpoint the reason is about.
 */
import type { CatalogData } from './types.js';

export const reasons: CatalogData['reasons'] = {
  SEVERAL_DEVICES: {
    en: 'You read mail on {deviceCount} devices. {protocol} keeps the mailbox on the server, so all of them stay in step.',
  },
  ONE_DEVICE_OFFLINE_COPIES: {
    en: 'You use one device and want copies you can read offline. {protocol} downloads each message and keeps it on that device.',
  },
  ONE_DEVICE_LIMITED_STORAGE: {
    en: 'You use one device and your space on the server is limited. {protocol} moves messages onto the device and can clear them from the server.',
  },
  ONE_DEVICE_KEEP_ON_SERVER: {
    en: 'You use one device and need no offline archive. {protocol} keeps your mail safe on the server and ready for any device you add later.',
  },
  LOCAL_COPIES_ON_SEVERAL_DEVICES: {
    en: '{otherProtocol} would keep messages on one device only, out of reach of your other devices. Most mail programs can still keep offline copies of an {protocol} mailbox.',
  },
  PROTOCOL_NOT_OFFERED: {
    en: 'This provider does not offer {otherProtocol}, so {protocol} is used instead.',
  },
  ENDPOINT_PROVIDER_ADVICE: {
    en: 'For {protocol}, port {port} with {security} comes first in the provider’s advice.',
  },
  ENDPOINT_IMPLICIT_TLS_FIRST: {
    en: 'For {protocol}, port {port} with {security} comes first under RFC 8314, which prefers encryption from the first byte.',
  },
  ENCRYPTED_ONLY: {
    en: 'Unencrypted connections were left out: your password and messages would cross the network readable by anyone on the way.',
  },
  SENDING_NEEDS_SMTP: {
    en: 'Sending always goes through {protocol}, whichever protocol fetches your mail; without it you could read mail but not send it.',
  },
};
