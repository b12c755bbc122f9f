/**
 * TroubleshootingEntry: what to do when setting up mail fails in a way people often meet; the
 * `troubleshooting` query.
 */
import { TROUBLESHOOTING_SOURCES, type TroubleshootingData, type TroubleshootingSource } from '../catalog/types.js';
import { builder } from './builder.js';
import { filledStepsField } from './filled-steps.js';
import { localeQualifiedIdentity } from './identity.js';
import { localeArg, localeField, localizedString } from './locale/fields.js';

const SOURCE_DESCRIPTIONS = {
  HELP_PAGE: "The provider's help page says it.",
  GENERAL_KNOWLEDGE:
    'General knowledge of mail programs and networks, which the help page does not state: true for mailboxes anywhere, not a promise of the provider.',
} satisfies Record<TroubleshootingSource, string>;

const TroubleshootingSourceEnum = builder.enumType('TroubleshootingSource', {
  description: "Where a troubleshooting entry's advice comes from.",
  values: Object.fromEntries(
    TROUBLESHOOTING_SOURCES.map((source) => [source, { description: SOURCE_DESCRIPTIONS[source] }]),
  ) as Record<TroubleshootingSource, { description: string }>,
});

const TroubleshootingEntryRef = builder.objectRef<TroubleshootingData>('TroubleshootingEntry');

TroubleshootingEntryRef.implement({
  description: 'A failure people meet while setting up mail, what they see, and what to do about it.',
  fields: (t) => ({
    ...localeQualifiedIdentity(t, 'troubleshootingEntryId', {
      stableId: (entry) => entry.id,
      example: 'sign-in-refused',
      use: 'Use it to link to or look up one entry; it never changes once published.',
    }),
    source: t.expose('source', {
      type: TroubleshootingSourceEnum,
      description: 'Whether the help page says this or it is general mail knowledge.',
    }),
    title: localizedString(t, 'A heading naming the problem.', (entry) => entry.title),
    symptom: localizedString(t, 'What the person sees when this goes wrong.', (entry) => entry.symptom),
    remedies: filledStepsField(
      t,
      'What to do, in order, with host names, ports and encryption filled in from the port table.',
      'Which incoming protocol the remedies name: IMAP (the default) or POP3.',
      (entry) => entry.remedies,
    ),
    locale: localeField(t),
  }),
});

builder.queryField('troubleshooting', (t) =>
  t.field({
    type: [TroubleshootingEntryRef],
    description: 'The failures people most often meet while setting up mail, and what to do about each.',
    args: { locale: localeArg(t.arg) },
    resolve: (_root, _args, ctx) => ctx.catalog.troubleshooting,
  }),
);
