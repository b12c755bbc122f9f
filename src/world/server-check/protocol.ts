/**
 * The conversation of a server check, as pure functions: which command each protocol sends, when
 * a reply is complete, whether it is a good greeting or answer, and which capabilities and
 * sign-in mechanisms it lists. The socket effect (check.ts) only moves bytes; everything it
 * decides is decided here, so it is unit tested without a server.
 */
import { MAX_MECHANISMS } from '../../limits.js';

/** The three protocols of the port table. */
export type CheckedProtocol = 'IMAP' | 'POP3' | 'SMTP';

/** What one protocol says and expects at each step. */
export interface Dialect {
  /** The command that lists capabilities. */
  readonly capabilities: string;
  /** The command that asks for the TLS upgrade. */
  readonly startTls: string;
  /** The command that ends the conversation politely. */
  readonly quit: string;
}

/** The commands per protocol; IMAP tags every command with `a`. */
export const DIALECTS: Readonly<Record<CheckedProtocol, Dialect>> = {
  IMAP: { capabilities: 'a CAPABILITY\r\n', startTls: 'a STARTTLS\r\n', quit: 'a LOGOUT\r\n' },
  POP3: { capabilities: 'CAPA\r\n', startTls: 'STLS\r\n', quit: 'QUIT\r\n' },
  // A name of our own in EHLO: the check tells the server who asks, not a client's host.
  SMTP: { capabilities: 'EHLO status-check.invalid\r\n', startTls: 'STARTTLS\r\n', quit: 'QUIT\r\n' },
};

/** Which kind of reply a step waits for, so completeness and success are judged right. */
export type ReplyKind = 'greeting' | 'capabilities' | 'startTls';

const lines = (text: string): string[] => text.split('\r\n').filter((line) => line !== '');

/** The last complete line of `text`, or undefined when no line has ended yet. */
function lastCompleteLine(text: string): string | undefined {
  if (!text.endsWith('\r\n') && !text.endsWith('\n')) return undefined;
  return lines(text.replace(/\n$/, '').replace(/\r$/, '') + '\r\n').at(-1);
}

/**
 * True when `text` holds a whole reply of `kind` in `protocol`: IMAP's tagged answer (or any
 * line for a greeting), POP3's `.` after a `+OK` list (one line otherwise), SMTP's line without
 * a hyphen after the code.
 */
export function replyComplete(protocol: CheckedProtocol, kind: ReplyKind, text: string): boolean {
  const last = lastCompleteLine(text);
  if (last === undefined) return false;
  switch (protocol) {
    case 'IMAP':
      return kind === 'greeting' ? true : /^a /i.test(last);
    case 'POP3':
      if (kind !== 'capabilities') return true;
      return last === '.' || last.startsWith('-ERR');
    case 'SMTP':
      return !/^\d{3}-/.test(last);
  }
}

/** True when `text`, a complete reply of `kind`, is the server saying yes. */
export function replyOk(protocol: CheckedProtocol, kind: ReplyKind, text: string): boolean {
  const all = lines(text);
  const first = all[0] ?? '';
  const last = all.at(-1) ?? '';
  switch (protocol) {
    case 'IMAP':
      return kind === 'greeting' ? /^\* (OK|PREAUTH)\b/i.test(first) : /^a OK\b/i.test(last);
    case 'POP3':
      return first.startsWith('+OK');
    case 'SMTP':
      if (kind === 'greeting') return /^220[ -]/.test(first);
      return kind === 'startTls' ? /^220[ -]/.test(last) : /^250[ -]/.test(last);
  }
}

/**
 * The capabilities a complete, good reply lists, in upper case: IMAP's `* CAPABILITY` line (or
 * the greeting's `[CAPABILITY ...]`), POP3's lines between `+OK` and `.`, SMTP's EHLO keywords.
 */
export function parseCapabilities(protocol: CheckedProtocol, text: string): string[] {
  const all = lines(text);
  switch (protocol) {
    case 'IMAP': {
      const untagged = all.find((line) => /^\* CAPABILITY /i.test(line));
      const words = untagged?.slice('* CAPABILITY '.length) ?? /\[CAPABILITY ([^\]]*)\]/i.exec(text)?.[1] ?? '';
      return words
        .split(' ')
        .filter(Boolean)
        .map((word) => word.toUpperCase());
    }
    case 'POP3':
      return all
        .slice(1)
        .filter((line) => line !== '.')
        .map((line) => line.trim().toUpperCase());
    case 'SMTP':
      // The first line is the server's name after 250; keywords follow.
      return all.slice(1).map((line) => line.slice(4).trim().toUpperCase());
  }
}

/** True when `capabilities` offer the upgrade to TLS. */
export function offersStartTls(protocol: CheckedProtocol, capabilities: readonly string[]): boolean {
  const word = protocol === 'POP3' ? 'STLS' : 'STARTTLS';
  return capabilities.some((capability) => capability === word);
}

/**
 * The sign-in mechanisms `capabilities` offer, sorted: IMAP `AUTH=X`, SMTP `AUTH X Y`, POP3
 * `SASL X Y` and `USER` (a plain password sign-in of its own).
 */
export function signInMechanisms(protocol: CheckedProtocol, capabilities: readonly string[]): string[] {
  const found = new Set<string>();
  for (const capability of capabilities) {
    if (protocol === 'IMAP' && capability.startsWith('AUTH=')) found.add(capability.slice(5));
    if (protocol === 'SMTP' && /^AUTH[ =]/.test(capability)) {
      for (const name of capability.slice(5).split(' ').filter(Boolean)) found.add(name);
    }
    if (protocol === 'POP3' && capability.startsWith('SASL ')) {
      for (const name of capability.slice(5).split(' ').filter(Boolean)) found.add(name);
    }
    if (protocol === 'POP3' && capability === 'USER') found.add('USER');
  }
  return [...found].sort().slice(0, MAX_MECHANISMS);
}

/**
 * The mechanisms the catalog's documents tell mail programs to use: a password sent over the
 * encrypted connection (autoconfig `password-cleartext`, Autodiscover, the Apple profile).
 */
export const PASSWORD_MECHANISMS: Readonly<Record<CheckedProtocol, readonly string[]>> = {
  IMAP: ['PLAIN', 'LOGIN'],
  POP3: ['PLAIN', 'USER'],
  SMTP: ['PLAIN', 'LOGIN'],
};

/** True when `mechanisms` include one the documents tell clients to use. */
export function passwordSignInOffered(protocol: CheckedProtocol, mechanisms: readonly string[]): boolean {
  return PASSWORD_MECHANISMS[protocol].some((mechanism) => mechanisms.includes(mechanism));
}
