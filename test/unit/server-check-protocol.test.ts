/**
 * The pure conversation logic of the server checks: replies complete or not, good or not, and the
 * capabilities and sign-in mechanisms read from real servers' answers (Dovecot 2.3, Postfix 3.7).
 */
import { describe, expect, it } from 'vitest';
import {
  offersStartTls,
  parseCapabilities,
  passwordSignInOffered,
  replyComplete,
  replyOk,
  signInMechanisms,
} from '../../src/world/server-check/protocol.js';

const IMAP_CAPA =
  '* CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS AUTH=PLAIN AUTH=LOGIN\r\na OK Pre-login capabilities listed.\r\n';
const POP3_CAPA = '+OK\r\nCAPA\r\nTOP\r\nUIDL\r\nUSER\r\nSASL PLAIN LOGIN\r\nSTLS\r\n.\r\n';
const EHLO = '250-mail.routing.net\r\n250-PIPELINING\r\n250-STARTTLS\r\n250-AUTH PLAIN LOGIN\r\n250 CHUNKING\r\n';

describe('replies', () => {
  it('waits for the end of a reply in each protocol', () => {
    expect(replyComplete('IMAP', 'capabilities', IMAP_CAPA.split('a OK')[0] ?? '')).toBe(false);
    expect(replyComplete('IMAP', 'capabilities', IMAP_CAPA)).toBe(true);
    expect(replyComplete('POP3', 'capabilities', '+OK\r\nTOP\r\n')).toBe(false);
    expect(replyComplete('POP3', 'capabilities', POP3_CAPA)).toBe(true);
    expect(replyComplete('SMTP', 'capabilities', '250-mail.routing.net\r\n250-PIPELINING\r\n')).toBe(false);
    expect(replyComplete('SMTP', 'capabilities', EHLO)).toBe(true);
    expect(replyComplete('SMTP', 'greeting', '220 mail.routing.net ESMTP')).toBe(false);
  });

  it('tells a greeting from garbage', () => {
    expect(replyOk('IMAP', 'greeting', '* OK Dovecot ready.\r\n')).toBe(true);
    expect(replyOk('POP3', 'greeting', '+OK Dovecot ready.\r\n')).toBe(true);
    expect(replyOk('SMTP', 'greeting', '220 mail.routing.net ESMTP\r\n')).toBe(true);
    for (const protocol of ['IMAP', 'POP3', 'SMTP'] as const) {
      expect(replyOk(protocol, 'greeting', 'HTTP/1.1 400 Bad Request\r\n')).toBe(false);
    }
    expect(replyOk('SMTP', 'greeting', '554 no service\r\n')).toBe(false);
  });
});

describe('capabilities', () => {
  it('reads STARTTLS and the sign-in mechanisms', () => {
    const imap = parseCapabilities('IMAP', IMAP_CAPA);
    expect(offersStartTls('IMAP', imap)).toBe(true);
    expect(signInMechanisms('IMAP', imap)).toEqual(['LOGIN', 'PLAIN']);
    const pop3 = parseCapabilities('POP3', POP3_CAPA);
    expect(offersStartTls('POP3', pop3)).toBe(true);
    expect(signInMechanisms('POP3', pop3)).toEqual(['LOGIN', 'PLAIN', 'USER']);
    const smtp = parseCapabilities('SMTP', EHLO);
    expect(offersStartTls('SMTP', smtp)).toBe(true);
    expect(signInMechanisms('SMTP', smtp)).toEqual(['LOGIN', 'PLAIN']);
  });

  it('sees no STARTTLS and no password sign-in when they are missing', () => {
    const imap = parseCapabilities('IMAP', '* CAPABILITY IMAP4rev1 AUTH=GSSAPI\r\na OK done\r\n');
    expect(offersStartTls('IMAP', imap)).toBe(false);
    expect(passwordSignInOffered('IMAP', signInMechanisms('IMAP', imap))).toBe(false);
  });

  it("reads IMAP capabilities from the greeting's response code", () => {
    expect(parseCapabilities('IMAP', '* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\r\n')).toEqual([
      'IMAP4REV1',
      'AUTH=PLAIN',
    ]);
  });
});
