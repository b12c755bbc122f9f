/**
 * How encryption and advice read in a settings table. The help page's own words: "SSL/TLS",
 * "STARTTLS", "none"; "recommended" and "not recommended" (the page leaves the middle rows unmarked).
 * German readers use the technical names as they are.
 */
import type { LabelData } from './types.js';

export const labels: LabelData = {
  security: {
    SSL_TLS: { en: 'SSL/TLS', de: 'SSL/TLS' },
    STARTTLS: { en: 'STARTTLS', de: 'STARTTLS' },
    NONE: { en: 'none', de: 'keine' },
  },
  advice: {
    RECOMMENDED: { en: 'recommended', de: 'empfohlen' },
    SUPPORTED: { en: 'supported', de: 'unterstützt' },
    NOT_RECOMMENDED: { en: 'not recommended', de: 'nicht empfohlen' },
  },
};
