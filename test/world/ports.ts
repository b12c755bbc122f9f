/** Loopback ports of the fake servers, away from the mail ports and the DNS tests' 15330-15331. */
export const SILENT_PORT = 19001;
export const GARBAGE_PORT = 19002;
/** A real Dovecot with TLS switched off: IMAP that offers no STARTTLS. */
export const NO_TLS_IMAP_PORT = 19143;
/** Nothing listens here: the "port closed" case. */
export const CLOSED_PORT = 19009;

declare module 'vitest' {
  export interface ProvidedContext {
    /** "up", or why the mail servers did not start (global-setup.ts). */
    mailServers: string;
  }
}
