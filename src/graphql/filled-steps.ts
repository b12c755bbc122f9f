/**
 * A list of steps with the server settings filled in (guide steps, troubleshooting remedies),
 * taking the same arguments wherever it appears: which incoming protocol, which ordering, whose
 * servers. One field shape, so the two lists can never fill their placeholders differently.
 */
import type { LocalizedText } from '../catalog/types.js';
import { preferredSettings } from '../domain/preference.js';
import { providerOrDefault } from '../domain/providers.js';
import { filledSteps } from '../domain/texts.js';
import { incomingProtocolArg, orderingArg, providerIdArg } from './arguments.js';
import type { SchemaTypes } from './builder.js';
import { textLocale } from './locale/scope.js';

/** A `[String!]!` field with `steps` of the parent, filled from the chosen provider's preferred endpoints. */
export const filledStepsField = <Parent>(
  t: PothosSchemaTypes.ObjectFieldBuilder<SchemaTypes, Parent>,
  description: string,
  protocolDescription: string,
  steps: (parent: Parent) => readonly LocalizedText[],
) =>
  t.stringList({
    description,
    args: {
      incomingProtocol: incomingProtocolArg(t.arg, protocolDescription),
      ordering: orderingArg(t.arg),
      providerId: providerIdArg(t.arg),
    },
    resolve: (parent, { incomingProtocol, ordering, providerId }, ctx, info) => {
      const texts = steps(parent);
      if (texts.length === 0) return [];
      const provider = providerOrDefault(ctx.catalog, providerId?.toString());
      const settings = preferredSettings(provider, incomingProtocol, ordering);
      return filledSteps(ctx.catalog, texts, settings, textLocale(ctx, info));
    },
  });
