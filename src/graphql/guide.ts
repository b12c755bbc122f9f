/**
 * Guide and MailClient: help texts for choosing a protocol, sending mail and setting up common
 * mail programs; the `guides` and `guide` queries.
 */
import type { GuideData, MailClientData } from '../catalog/types.js';
import { requireGuide } from '../domain/guides.js';
import { describeProtocol } from '../domain/protocols.js';
import { builder } from './builder.js';
import { GuideKindEnum, PlatformEnum } from './enums.js';
import { localeQualifiedIdentity } from './identity.js';
import { localeArg, localeField, localizedString, localizedStrings } from './locale/fields.js';
import { filledStepsField } from './filled-steps.js';
import { ProtocolRef } from './protocol.js';

export const MailClientRef = builder.objectRef<MailClientData>('MailClient');

MailClientRef.implement({
  description: 'A mail program that a set-up guide is written for.',
  fields: (t) => ({
    name: t.exposeString('name', {
      description: 'The program\'s name as its users know it, for example "Thunderbird".',
    }),
    platforms: t.field({
      type: [PlatformEnum],
      description: 'The operating systems the guide applies to.',
      resolve: (client) => client.platforms,
    }),
  }),
});

export const GuideRef = builder.objectRef<GuideData>('Guide');

GuideRef.implement({
  description:
    'Help for a person setting up mail: background to read (`paragraphs`) and, for mail programs, numbered `steps` with the server settings filled in.',
  fields: (t) => ({
    ...localeQualifiedIdentity(t, 'guideId', {
      stableId: (guide) => guide.id,
      example: 'setup-thunderbird',
      use: 'Pass it as the `guideId` argument of `guide`; the guide as a web page is `/guides/{guideId}`.',
    }),
    kind: t.expose('kind', { type: GuideKindEnum, description: 'What the guide helps with.' }),
    title: localizedString(t, 'A heading for the guide.', (guide) => guide.title),
    summary: localizedString(t, 'One sentence saying what the reader gets from the guide.', (guide) => guide.summary),
    paragraphs: localizedStrings(
      t,
      'The explanation, one paragraph per item; empty for pure step-by-step guides.',
      (guide) => guide.paragraphs,
    ),
    steps: filledStepsField(
      t,
      'Numbered steps, in order, with host names, ports and encryption filled in from the port table; empty for guides without steps.',
      'Which incoming protocol the steps set up: IMAP (the default) or POP3.',
      (guide) => guide.steps,
    ),
    protocols: t.field({
      type: [ProtocolRef],
      description: 'The protocols the guide deals with.',
      resolve: (guide, _args, { catalog }) => guide.protocols.map((name) => describeProtocol(catalog, name)),
    }),
    locale: localeField(t),
    mailClient: t.field({
      type: MailClientRef,
      nullable: true,
      description: 'The mail program a CLIENT_SETUP guide is for; null for other kinds.',
      resolve: (guide) => guide.mailClient,
    }),
  }),
});

builder.queryField('guides', (t) =>
  t.field({
    type: [GuideRef],
    description: 'Guides, all or of one kind, or those for mail programs on one platform.',
    args: {
      kind: t.arg({ type: GuideKindEnum, description: 'Only guides of this kind.' }),
      platform: t.arg({ type: PlatformEnum, description: 'Only set-up guides for mail programs on this platform.' }),
      locale: localeArg(t.arg),
    },
    resolve: (_root, { kind, platform }, ctx) => {
      return ctx.catalog.guides.filter(
        (guide) =>
          (kind == null || guide.kind === kind) &&
          (platform == null || (guide.mailClient?.platforms.includes(platform) ?? false)),
      );
    },
  }),
);

builder.queryField('guide', (t) =>
  t.field({
    type: GuideRef,
    description:
      'One guide by its `guideId`. An id no guide has is an error (`BAD_USER_INPUT`, naming `guideId` and the known ids), never null.',
    args: {
      guideId: t.arg.id({ required: true, description: "The guide's `guideId`, for example `setup-thunderbird`." }),
      locale: localeArg(t.arg),
    },
    resolve: (_root, { guideId }, ctx) => {
      return requireGuide(ctx.catalog, String(guideId));
    },
  }),
);
