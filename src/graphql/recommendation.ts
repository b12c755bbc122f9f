/**
 * Recommendation: from a person's situation to the settings that suit it, with reasons; the
 * `recommendation` query.
 */
import type { ProviderData } from '../catalog/types.js';
import type { Ordering } from '../domain/ordering.js';
import { describeProtocol } from '../domain/protocols.js';
import { providerOrDefault } from '../domain/providers.js';
import { recommend, type Reason, type Recommendation } from '../domain/recommendation.js';
import { reasonText } from '../domain/texts.js';
import { builder } from './builder.js';
import { EndpointRef } from './endpoint.js';
import { orderingArg, providerIdArg } from './arguments.js';
import { IncomingProtocolNameEnum, ProtocolNameEnum, ReasonCodeEnum } from './enums.js';
import { GuideRef } from './guide.js';
import { localeArg, localeField } from './locale/fields.js';
import { textLocale } from './locale/scope.js';
import { ProtocolRef } from './protocol.js';
import { ProviderRef } from './provider.js';

export const SituationInput = builder.inputType('Situation', {
  description: 'How a person uses email. Only `deviceCount` is required; the rest default to false.',
  fields: (t) => ({
    deviceCount: t.int({
      required: true,
      description: 'How many devices (computers, phones, tablets) read this mailbox. A whole number of at least 1.',
    }),
    wantsOfflineCopies: t.boolean({
      defaultValue: false,
      description: 'True when messages should be kept on the device, readable without a connection.',
    }),
    limitedServerStorage: t.boolean({
      defaultValue: false,
      description: 'True when space in the mailbox on the server is tight.',
    }),
    allowUnencrypted: t.boolean({
      defaultValue: false,
      description:
        'True to let unencrypted endpoints be considered. Even then an encrypted endpoint is preferred whenever one exists; leave it false unless a device cannot encrypt.',
    }),
  }),
});

const ReasonRef = builder.objectRef<Reason>('RecommendationReason');

ReasonRef.implement({
  description: 'One reason behind a recommendation, linked to the catalog entries it rests on.',
  fields: (t) => ({
    code: t.expose('code', { type: ReasonCodeEnum, description: 'What kind of reason this is, for programs.' }),
    text: t.string({
      description: 'The reason in a sentence, for people.',
      resolve: (reason, _args, ctx, info) => reasonText(ctx.catalog, reason, textLocale(ctx, info)),
    }),
    protocol: t.field({
      type: ProtocolNameEnum,
      nullable: true,
      description: 'The protocol the reason is about; null when it is about none.',
      resolve: (reason) => reason.protocol ?? null,
    }),
    protocolInfo: t.field({
      type: ProtocolRef,
      nullable: true,
      description: 'The `Protocol` object of `protocol`, with its explanation; null when the reason is about none.',
      resolve: (reason, _args, { catalog }) =>
        reason.protocol === undefined ? null : describeProtocol(catalog, reason.protocol),
    }),
    endpoints: t.field({
      type: [EndpointRef],
      description: 'The endpoints the reason is about: the one it chose, or those it left out.',
      resolve: (reason) => reason.endpoints,
    }),
    guide: t.field({
      type: GuideRef,
      nullable: true,
      description: 'A guide that explains the reason further, if any.',
      resolve: (reason, _args, { catalog }) => catalog.guides.find((g) => g.id === reason.guideId) ?? null,
    }),
  }),
});

/** A recommendation with the provider it was made for. */
interface RecommendationAt extends Recommendation {
  readonly provider: ProviderData;
}

/** The `Situation` input as GraphQL hands it over: the flags may be left out. */
type SituationArgument = typeof SituationInput.$inferInput;

/**
 * The recommendation for `situation` at `provider`.
 * @throws InvalidInputError for a situation that cannot be (no devices)
 */
export function recommendationAt(
  provider: ProviderData,
  situation: SituationArgument,
  ordering: Ordering,
): RecommendationAt {
  const normalized = {
    deviceCount: situation.deviceCount,
    wantsOfflineCopies: situation.wantsOfflineCopies ?? false,
    limitedServerStorage: situation.limitedServerStorage ?? false,
    allowUnencrypted: situation.allowUnencrypted ?? false,
  };
  return { ...recommend(provider, normalized, ordering), provider };
}

export const RecommendationRef = builder.objectRef<RecommendationAt>('Recommendation');

RecommendationRef.implement({
  description:
    'What to set up for a given situation: the incoming protocol and endpoint, the outgoing endpoint, and why. An unencrypted endpoint is never chosen unless the situation allows it.',
  fields: (t) => ({
    provider: t.field({
      type: ProviderRef,
      description: 'The provider the settings are for.',
      resolve: (r) => r.provider,
    }),
    incomingProtocol: t.field({
      type: IncomingProtocolNameEnum,
      description:
        'IMAP or POP3, whichever suits the situation: the value to pass as `incomingProtocol` to `settingsForAddress`, `clientConfiguration` or `Guide.steps`.',
      resolve: (r) => r.incomingProtocol,
    }),
    incomingProtocolInfo: t.field({
      type: ProtocolRef,
      description: 'The `Protocol` object of `incomingProtocol`: what it is and why it may suit the reader.',
      resolve: (r, _args, { catalog }) => describeProtocol(catalog, r.incomingProtocol),
    }),
    locale: localeField(t),
    incoming: t.field({ type: EndpointRef, description: 'Where to fetch mail from.', resolve: (r) => r.incoming }),
    outgoing: t.field({
      type: EndpointRef,
      description: 'Where to send mail through (SMTP).',
      resolve: (r) => r.outgoing,
    }),
    reasons: t.field({
      type: [ReasonRef],
      description: 'Why: first the choice of protocol, then of each endpoint, then anything left out.',
      resolve: (r) => r.reasons,
    }),
  }),
});

builder.queryField('recommendation', (t) =>
  t.field({
    type: RecommendationRef,
    description:
      'Recommends settings for a situation. Several devices give IMAP; one device that wants offline copies or has little server storage gives POP3.',
    args: {
      situation: t.arg({ type: SituationInput, required: true, description: 'How the person uses email.' }),
      providerId: providerIdArg(t.arg),
      ordering: orderingArg(t.arg),
      locale: localeArg(t.arg),
    },
    resolve: (_root, { situation, providerId, ordering }, ctx) =>
      recommendationAt(providerOrDefault(ctx.catalog, providerId?.toString()), situation, ordering),
  }),
);
