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
      de: 'Liest Ihre E-Mails dort, wo sie liegen – auf dem Server –, sodass jedes Gerät dasselbe Postfach zeigt.',
    },
    explanation: {
      en:
        'With IMAP your messages stay in the mailbox on the server and your mail program works on them there. ' +
        'Reading, filing into folders, flagging or deleting a message on one device is carried out on the server, ' +
        'so your phone, tablet and computer all show the same state the next time they connect.',
      de:
        'Mit IMAP bleiben Ihre Nachrichten im Postfach auf dem Server, und Ihr E-Mail-Programm arbeitet direkt dort. ' +
        'Lesen, in Ordner verschieben, markieren oder löschen Sie eine Nachricht auf einem Gerät, geschieht das auf dem Server – ' +
        'Smartphone, Tablet und Computer zeigen beim nächsten Verbinden alle denselben Stand.',
    },
    strengths: [
      {
        en: 'Every device shows the same messages, folders and read status.',
        de: 'Alle Geräte zeigen dieselben Nachrichten, Ordner und denselben Lesestatus.',
      },
      {
        en: 'A lost or replaced device loses no mail, because the server keeps it.',
        de: 'Geht ein Gerät verloren oder wird es ersetzt, bleiben die E-Mails erhalten, denn der Server bewahrt sie auf.',
      },
      {
        en: 'A new device shows the whole mailbox as soon as it is set up.',
        de: 'Ein neues Gerät zeigt das ganze Postfach, sobald es eingerichtet ist.',
      },
    ],
    suitedFor: [
      {
        en: 'Reading mail on more than one device, for example a laptop and a smartphone.',
        de: 'E-Mails auf mehr als einem Gerät lesen, etwa auf Laptop und Smartphone.',
      },
      {
        en: 'Checking work mail from the office computer and on the move.',
        de: 'Geschäftliche E-Mails am Bürorechner und unterwegs abrufen.',
      },
    ],
  },
  {
    name: 'POP3',
    fullName: 'Post Office Protocol version 3',
    summary: {
      en: 'Downloads mail to one device, where it is kept, and may clear it from the server.',
      de: 'Lädt E-Mails auf ein Gerät herunter, bewahrt sie dort auf und entfernt sie unter Umständen vom Server.',
    },
    explanation: {
      en:
        'With POP3 your mail program collects new messages from the server and stores them on the device itself. ' +
        'Depending on its settings it may then delete them from the server, so other devices might never see them. ' +
        'You get a lasting copy that can be read offline and takes up little room on the server, ' +
        'but reading the same mailbox on several devices needs care.',
      de:
        'Mit POP3 holt Ihr E-Mail-Programm neue Nachrichten vom Server und speichert sie auf dem Gerät selbst. ' +
        'Je nach Einstellung löscht es sie danach auf dem Server, sodass andere Geräte sie womöglich nie sehen. ' +
        'Sie erhalten eine dauerhafte Kopie, die offline lesbar ist und auf dem Server kaum Platz belegt – ' +
        'wer dasselbe Postfach auf mehreren Geräten liest, muss aber sorgfältig vorgehen.',
    },
    strengths: [
      {
        en: 'A permanent copy of every message on your own device, readable without a connection.',
        de: 'Eine dauerhafte Kopie jeder Nachricht auf Ihrem eigenen Gerät, lesbar auch ohne Verbindung.',
      },
      {
        en: 'Little space used on the server when messages are removed after download.',
        de: 'Wenig Speicherplatz auf dem Server, wenn Nachrichten nach dem Herunterladen entfernt werden.',
      },
    ],
    suitedFor: [
      {
        en: 'Reading mail on a single device, such as a computer at home.',
        de: 'E-Mails auf nur einem Gerät lesen, etwa auf dem Computer zu Hause.',
      },
      {
        en: 'Keeping offline copies of your mail, or living with limited server storage.',
        de: 'Offline-Kopien Ihrer E-Mails behalten oder mit knappem Speicherplatz auf dem Server auskommen.',
      },
    ],
  },
  {
    name: 'SMTP',
    fullName: 'Simple Mail Transfer Protocol',
    summary: {
      en: 'Sends your mail: it hands every outgoing message on towards the recipient’s server.',
      de: 'Verschickt Ihre E-Mails: Es reicht jede ausgehende Nachricht an den Server des Empfängers weiter.',
    },
    explanation: {
      en:
        'IMAP and POP3 only bring mail in; SMTP is what takes a message you write and passes it to the server ' +
        'of the person you are writing to. Whichever of IMAP or POP3 you use for incoming mail, ' +
        'your mail program also needs working SMTP settings, or it can receive messages but not send any.',
      de:
        'IMAP und POP3 holen E-Mails nur herein; SMTP nimmt die Nachricht, die Sie schreiben, und übergibt sie an den Server ' +
        'der Person, der Sie schreiben. Ganz gleich, ob Sie für eingehende E-Mails IMAP oder POP3 nutzen – ' +
        'Ihr E-Mail-Programm braucht auch funktionierende SMTP-Einstellungen, sonst kann es Nachrichten empfangen, aber keine senden.',
    },
    strengths: [
      {
        en: 'Routes each outgoing message so that it reaches the recipient’s inbox.',
        de: 'Leitet jede ausgehende Nachricht so weiter, dass sie im Posteingang des Empfängers ankommt.',
      },
      { en: 'Works alongside either IMAP or POP3.', de: 'Arbeitet mit IMAP ebenso zusammen wie mit POP3.' },
    ],
    suitedFor: [
      {
        en: 'Every mail program that should send mail, whatever it uses for incoming mail.',
        de: 'Jedes E-Mail-Programm, das E-Mails versenden soll – gleich, womit es eingehende E-Mails abruft.',
      },
    ],
  },
];
