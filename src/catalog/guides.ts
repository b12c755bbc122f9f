/**
 * Guides in our own words: choosing between IMAP and POP3, why SMTP matters, and setting up the
 * common mail programs the help page points to. Steps name settings only through placeholders,
 * which are filled from the port table when a guide is read.
 */
import type { GuideData } from './types.js';

const FULL_ADDRESS_AS_USER = {
  en: 'Use your full email address as the user name, and your mailbox password.',
};

export const guides: readonly GuideData[] = [
  {
    id: 'choosing-imap-or-pop3',
    kind: 'CHOOSING_A_PROTOCOL',
    title: { en: 'IMAP or POP3: which one to choose' },
    summary: {
      en: 'Use IMAP when you read mail on several devices; POP3 fits one device that should keep its own copies.',
    },
    paragraphs: [
      {
        en:
          'The two protocols differ in where your mail is kept. IMAP leaves it on the server and keeps every device ' +
          'in step, so it is the right choice when you read mail on a laptop, a tablet and a phone.',
      },
      {
        en:
          'POP3 moves mail onto one device. That suits someone who reads mail on a single computer at home and ' +
          'wants copies that stay readable offline, or whose space on the server is tight.',
      },
      {
        en: 'Think about how you work with email today and in the near future, and pick the protocol that fits it.',
      },
    ],
    steps: [],
    protocols: ['IMAP', 'POP3'],
    mailClient: null,
  },
  {
    id: 'why-smtp-matters',
    kind: 'OUTGOING_MAIL',
    title: { en: 'Why your SMTP settings matter' },
    summary: {
      en: 'Without correct SMTP settings a mail program can read mail but cannot send it.',
    },
    paragraphs: [
      {
        en:
          'Incoming and outgoing mail are set up separately. IMAP or POP3 fetch your messages; SMTP carries the ones ' +
          'you write, safely and reliably, from your device to the recipient’s server.',
      },
      {
        en:
          'If the SMTP part is missing or wrong, everything looks fine until you try to send. Set it up in every ' +
          'mail program you use, for private and business mail alike.',
      },
    ],
    steps: [],
    protocols: ['SMTP'],
    mailClient: null,
  },
  {
    id: 'setup-thunderbird',
    kind: 'CLIENT_SETUP',
    title: { en: 'Set up Thunderbird' },
    summary: { en: 'Add your mailbox to Thunderbird on Windows, macOS or Linux.' },
    paragraphs: [],
    steps: [
      { en: 'Open Thunderbird, open the ≡ menu and choose Account Settings, then Account Actions › Add Mail Account.' },
      { en: 'Enter your name, your email address and your password, then choose Continue.' },
      { en: 'When Thunderbird shows what it found, choose Configure manually.' },
      {
        en:
          'Incoming server: protocol {incomingProtocol}, hostname {incomingHost}, port {incomingPort}, ' +
          'connection security {incomingSecurity}, authentication method Normal password.',
      },
      {
        en:
          'Outgoing server: hostname {outgoingHost}, port {outgoingPort}, connection security {outgoingSecurity}, ' +
          'authentication method Normal password.',
      },
      FULL_ADDRESS_AS_USER,
      { en: 'Choose Re-test, then Done once Thunderbird confirms the settings.' },
    ],
    protocols: ['IMAP', 'POP3', 'SMTP'],
    mailClient: { name: 'Thunderbird', platforms: ['WINDOWS', 'MACOS', 'LINUX'] },
  },
  {
    id: 'setup-outlook',
    kind: 'CLIENT_SETUP',
    title: { en: 'Set up Outlook' },
    summary: { en: 'Add your mailbox to Outlook for Windows.' },
    paragraphs: [],
    steps: [
      { en: 'In Outlook, choose File › Add Account and enter your email address.' },
      { en: 'Open Advanced options, tick Let me set up my account manually, and choose Connect.' },
      { en: 'Choose {incomingProtocol} as the account type.' },
      {
        en: 'Incoming mail: server {incomingHost}, port {incomingPort}, encryption method {incomingSecurity}.',
      },
      {
        en: 'Outgoing mail: server {outgoingHost}, port {outgoingPort}, encryption method {outgoingSecurity}.',
      },
      FULL_ADDRESS_AS_USER,
      { en: 'Choose Next, enter your password and choose Connect.' },
    ],
    protocols: ['IMAP', 'POP3', 'SMTP'],
    mailClient: { name: 'Outlook', platforms: ['WINDOWS'] },
  },
  {
    id: 'setup-apple-mail-macos',
    kind: 'CLIENT_SETUP',
    title: { en: 'Set up Apple Mail on a Mac' },
    summary: { en: 'Add your mailbox to the Mail app on macOS.' },
    paragraphs: [],
    steps: [
      { en: 'Open Mail and choose Mail › Add Account, then Other Mail Account, and Continue.' },
      { en: 'Enter your name, your email address and your password, then choose Sign In.' },
      {
        en:
          'When Mail asks for more, choose {incomingProtocol} as the account type, {incomingHost} as the incoming ' +
          'mail server and {outgoingHost} as the outgoing mail server.',
      },
      FULL_ADDRESS_AS_USER,
      {
        en:
          'To check the ports, open Mail › Settings › Accounts › Server Settings and turn off Automatically manage ' +
          'connection settings: incoming port {incomingPort} with {incomingSecurity}, outgoing port {outgoingPort} ' +
          'with {outgoingSecurity}.',
      },
    ],
    protocols: ['IMAP', 'POP3', 'SMTP'],
    mailClient: { name: 'Apple Mail', platforms: ['MACOS'] },
  },
  {
    id: 'setup-apple-mail-ios',
    kind: 'CLIENT_SETUP',
    title: { en: 'Set up Mail on iPhone and iPad' },
    summary: { en: 'Add your mailbox to the Mail app on iOS and iPadOS.' },
    paragraphs: [],
    steps: [
      { en: 'Open Settings › Apps › Mail › Mail Accounts › Add Account, then choose Other › Add Mail Account.' },
      { en: 'Enter your name, your email address, your password and a description, then tap Next.' },
      { en: 'Choose {incomingProtocol} at the top of the screen.' },
      { en: 'Under Incoming Mail Server, enter {incomingHost} as host name.' },
      { en: 'Under Outgoing Mail Server, enter {outgoingHost} as host name.' },
      FULL_ADDRESS_AS_USER,
      {
        en:
          'Tap Next, then Save. Under the account’s Advanced settings, check that incoming mail uses port ' +
          '{incomingPort} with {incomingSecurity}, and the outgoing server port {outgoingPort} with {outgoingSecurity}.',
      },
    ],
    protocols: ['IMAP', 'POP3', 'SMTP'],
    mailClient: { name: 'Apple Mail', platforms: ['IOS'] },
  },
  {
    id: 'setup-gmail-android',
    kind: 'CLIENT_SETUP',
    title: { en: 'Set up the Gmail app on Android' },
    summary: { en: 'Add your mailbox to the Gmail app on an Android phone or tablet.' },
    paragraphs: [],
    steps: [
      { en: 'Open the Gmail app, tap your profile picture and choose Add another account, then Other.' },
      { en: 'Enter your email address and tap Manual setup.' },
      { en: 'Choose Personal ({incomingProtocol}) and enter your password.' },
      {
        en: 'Incoming server settings: server {incomingHost}, port {incomingPort}, security type {incomingSecurity}.',
      },
      {
        en:
          'Outgoing server settings: keep Require sign-in on, and enter SMTP server {outgoingHost}, ' +
          'port {outgoingPort}, security type {outgoingSecurity}.',
      },
      FULL_ADDRESS_AS_USER,
      { en: 'Finish the remaining account options and tap Next.' },
    ],
    protocols: ['IMAP', 'POP3', 'SMTP'],
    mailClient: { name: 'Gmail', platforms: ['ANDROID'] },
  },
];
