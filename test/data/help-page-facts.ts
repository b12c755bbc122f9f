/**
 * The facts of the provider's help page that the tests compare the API with, in our own form:
 * the one host it names for IMAP, POP3 and SMTP, and its port table row by row, in its order,
 * with the encryption and advice as its table labels them. Written down once from the page; the
 * project never reads the page itself.
 */

export interface HelpPageRow {
  readonly protocol: 'IMAP' | 'POP3' | 'SMTP';
  readonly securityLabel: 'SSL/TLS' | 'STARTTLS' | 'none';
  readonly adviceLabel: 'recommended' | 'supported' | 'not recommended';
  readonly port: number;
}

/** The server name the page gives for every protocol. */
export const HELP_PAGE_HOST = 'mail.routing.net';

/** The page's port table; a row the page marks with no advice counts as supported. */
export const HELP_PAGE_PORT_TABLE: readonly HelpPageRow[] = [
  { protocol: 'IMAP', securityLabel: 'SSL/TLS', adviceLabel: 'recommended', port: 993 },
  { protocol: 'IMAP', securityLabel: 'STARTTLS', adviceLabel: 'supported', port: 143 },
  { protocol: 'IMAP', securityLabel: 'none', adviceLabel: 'not recommended', port: 143 },
  { protocol: 'POP3', securityLabel: 'SSL/TLS', adviceLabel: 'recommended', port: 995 },
  { protocol: 'POP3', securityLabel: 'STARTTLS', adviceLabel: 'supported', port: 110 },
  { protocol: 'POP3', securityLabel: 'none', adviceLabel: 'not recommended', port: 110 },
  { protocol: 'SMTP', securityLabel: 'STARTTLS', adviceLabel: 'recommended', port: 587 },
  { protocol: 'SMTP', securityLabel: 'SSL/TLS', adviceLabel: 'supported', port: 465 },
  { protocol: 'SMTP', securityLabel: 'none', adviceLabel: 'not recommended', port: 25 },
];
