/**
 * RecommendedSettings: the recommendation for a situation and the settings it leads to for one
 * address, in one field; the `recommendedSettings` query. A sign-up or help widget needs both, and
 * without it asks for the recommendation first and then for the settings of its protocol.
 */
import { parseEmailAddress } from '../domain/address.js';
import { providerForDomain } from '../domain/providers.js';
import type { Recommendation } from '../domain/recommendation.js';
import { clientSettings, type ClientSettings } from '../domain/client-settings.js';
import { lookUpProvider, type LookedUpSettings } from './mail-lookup.js';
import { emailAddressArg, orderingArg } from './arguments.js';
import { builder } from './builder.js';
import { ClientSettingsRef } from './client-settings.js';
import { localeArg } from './locale/fields.js';
import { recommendationAt, RecommendationRef, SituationInput } from './recommendation.js';

interface RecommendedSettings {
  readonly recommendation: Recommendation & Pick<ClientSettings, 'provider'>;
  readonly settings: LookedUpSettings;
}

const RecommendedSettingsRef = builder.objectRef<RecommendedSettings>('RecommendedSettings');

RecommendedSettingsRef.implement({
  description:
    "The recommendation for a person's situation at the provider of their address, and what to type into a mail program for that address with the recommended protocol.",
  fields: (t) => ({
    recommendation: t.field({
      type: RecommendationRef,
      description:
        "Which incoming protocol suits the situation and why, made for the provider serving the address's domain.",
      resolve: (r) => r.recommendation,
    }),
    settings: t.field({
      type: ClientSettingsRef,
      description:
        'The settings for the address with the recommended incoming protocol: the same answer as `settingsForAddress` given `recommendation.incomingProtocol`.',
      resolve: (r) => r.settings,
    }),
  }),
});

builder.queryField('recommendedSettings', (t) =>
  t.field({
    type: RecommendedSettingsRef,
    nullable: true,
    description:
      'The recommended settings for one address in one call: the recommendation for the situation, and the settings for the address with the protocol it recommends. Null, with an error (`BAD_USER_INPUT`, naming the argument), when the address or the situation is not valid, so the other fields of the same operation keep their data: a widget asking for this and, say, the port table loses only this part to a typo.',
    args: {
      emailAddress: emailAddressArg(t.arg),
      situation: t.arg({ type: SituationInput, required: true, description: 'How the person uses email.' }),
      ordering: orderingArg(t.arg),
      locale: localeArg(t.arg),
    },
    resolve: async (_root, { emailAddress, situation, ordering }, ctx) => {
      // The address decides the provider (its MX too, as for settingsForAddress), whose
      // endpoints the recommendation then weighs.
      const address = parseEmailAddress(emailAddress);
      const { mailProvider, mailLocation } = await lookUpProvider(ctx, address);
      const provider = mailProvider ?? providerForDomain(ctx.catalog, address.domain).provider;
      const recommendation = recommendationAt(provider, situation, ordering);
      const settings = {
        ...clientSettings(ctx.catalog, address, recommendation.incomingProtocol, ordering, mailProvider),
        mailLocation,
      };
      return { recommendation, settings };
    },
  }),
);
