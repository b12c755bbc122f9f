/**
 * How encryption and advice read in a settings table. The help page's own words: "SSL/TLS",
 * "STARTTLS", "none"; "recommended" and "not recommended" (the page leaves the middle rows unmarked).
 */
import type { LabelData } from './types.js';

export const labels: LabelData = {
  security: {
    SSL_TLS: { en: 'SSL/TLS' },
    STARTTLS: { en: 'STARTTLS' },
    NONE: { en: 'none' },
  },
  advice: {
    RECOMMENDED: { en: 'recommended' },
    SUPPORTED: { en: 'supported' },
    NOT_RECOMMENDED: { en: 'not recommended' },
  },
};
