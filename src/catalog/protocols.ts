/**
 * What each mail protocol is and when it fits, in our own words, after the help page's
 * "What is IMAP / POP3 / SMTP?" sections.
 */
import type { ProtocolData } from './types.js';

export const protocols: readonly ProtocolData[] = [
  {
    name: 'IMAP',
    fullName: 'Internet Message Access Protocol',
    summary: {
      en: 'Reads mail where it lives, on the server, so every device sees the same mailbox.',
    },
    explanation: {
      en:
        'With IMAP your messages stay in the mailbox on the server and your mail program works on them there. ' +
        'Reading, filing into folders, flagging or deleting a message on one device is carried out on the server, ' +
        'so your phone, tablet and computer all show the same state the next time they connect.',
    },
    strengths: [
      { en: 'Every device shows the same messages, folders and read status.' },
      { en: 'A lost or replaced device loses no mail, because the server keeps it.' },
      { en: 'A new device shows the whole mailbox as soon as it is set up.' },
    ],
    suitedFor: [
      { en: 'Reading mail on more than one device, for example a laptop and a smartphone.' },
      { en: 'Checking work mail from the office computer and on the move.' },
    ],
  },
  {
    name: 'POP3',
    fullName: 'Post Office Protocol version 3',
    summary: {
      en: 'Downloads mail to one device, where it is kept, and may clear it from the server.',
    },
    explanation: {
      en:
        'With POP3 your mail program collects new messages from the server and stores them on the device itself. ' +
        'Depending on its settings it may then delete them from the server, so other devices might never see them. ' +
        'You get a lasting copy that can be read offline and takes up little room on the server, ' +
        'but reading the same mailbox on several devices needs care.',
    },
    strengths: [
      { en: 'A permanent copy of every message on your own device, readable without a connection.' },
      { en: 'Little space used on the server when messages are removed after download.' },
    ],
    suitedFor: [
      { en: 'Reading mail on a single device, such as a computer at home.' },
      { en: 'Keeping offline copies of your mail, or living with limited server storage.' },
    ],
  },
  {
    name: 'SMTP',
    fullName: 'Simple Mail Transfer Protocol',
    summary: {
      en: 'Sends your mail: it hands every outgoing message on towards the recipient’s server.',
    },
    explanation: {
      en:
        'IMAP and POP3 only bring mail in; SMTP is what takes a message you write and passes it to the server ' +
        'of the person you are writing to. Whichever of IMAP or POP3 you use for incoming mail, ' +
        'your mail program also needs working SMTP settings, or it can receive messages but not send any.',
    },
    strengths: [
      { en: 'Routes each outgoing message so that it reaches the recipient’s inbox.' },
      { en: 'Works alongside either IMAP or POP3.' },
    ],
    suitedFor: [{ en: 'Every mail program that should send mail, whatever it uses for incoming mail.' }],
  },
];
