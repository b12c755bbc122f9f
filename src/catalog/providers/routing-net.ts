/**
 * The provider behind mail.routing.net, transcribed from its help page
 * ("What are the names of the IMAP, POP3, and SMTP servers?"). The nine endpoints and their advice
 * are the page's port table, row for row; the page names no help-desk address, so none is given.
 */
import type { ProviderData } from '../types.js';

export const routingNet: ProviderData = {
  id: 'routing-net',
  displayName: 'routing.net Mail',
  shortName: 'routing.net',
  domains: ['routing.net'],
  // Every mail exchanger of the provider is a host under its own domain.
  mailExchangerDomains: ['routing.net'],
  helpDeskUrl: null,
  isDefault: true,
  servers: [
    {
      hostName: 'mail.routing.net',
      endpoints: [
        { protocol: 'IMAP', security: 'SSL_TLS', port: 993, advice: 'RECOMMENDED' },
        { protocol: 'IMAP', security: 'STARTTLS', port: 143, advice: 'SUPPORTED' },
        { protocol: 'IMAP', security: 'NONE', port: 143, advice: 'NOT_RECOMMENDED' },
        { protocol: 'POP3', security: 'SSL_TLS', port: 995, advice: 'RECOMMENDED' },
        { protocol: 'POP3', security: 'STARTTLS', port: 110, advice: 'SUPPORTED' },
        { protocol: 'POP3', security: 'NONE', port: 110, advice: 'NOT_RECOMMENDED' },
        { protocol: 'SMTP', security: 'STARTTLS', port: 587, advice: 'RECOMMENDED' },
        { protocol: 'SMTP', security: 'SSL_TLS', port: 465, advice: 'SUPPORTED' },
        { protocol: 'SMTP', security: 'NONE', port: 25, advice: 'NOT_RECOMMENDED' },
      ],
    },
  ],
};
