/**
 * Provider: a mail provider with its domains and servers; the `providers` and `provider` queries.
 */
import type { ProviderData } from '../catalog/types.js';
import { endpointsOf } from '../domain/endpoints.js';
import { selectEndpoints } from '../domain/filters.js';
import { requireProvider } from '../domain/providers.js';
import { builder } from './builder.js';
import { EndpointRef, endpointListArgs } from './endpoint.js';
import { localeQualifiedIdentity } from './identity.js';
import { localeArg } from './locale/fields.js';
import { MailServerRef, serversOf } from './mail-server.js';

export const ProviderRef = builder.objectRef<ProviderData>('Provider');

ProviderRef.implement({
  description: 'A mail provider: who hosts the mailboxes, under which domains, on which servers.',
  fields: (t) => ({
    ...localeQualifiedIdentity(t, 'providerId', {
      stableId: (provider) => provider.id,
      example: 'routing-net',
      use: 'Pass it as the `providerId` argument of `provider`, `endpoints`, `recommendation` and `Guide.steps`.',
    }),
    displayName: t.exposeString('displayName', {
      description: "The name to show people, for example in a mail program's account list.",
    }),
    shortName: t.exposeString('shortName', { description: 'A short form of the name for tight spaces.' }),
    domains: t.exposeStringList('domains', {
      description: 'Email domains the provider lists as its own, in lower-case ASCII form.',
    }),
    helpDeskUrl: t.exposeString('helpDeskUrl', {
      nullable: true,
      description:
        "The provider's help desk, which has illustrated guides for common mail programs; null when the catalog has no address for it (use this API's `guides` instead).",
    }),
    isDefault: t.exposeBoolean('isDefault', {
      description: 'True for the provider that answers lookups of domains no provider lists.',
    }),
    servers: t.field({
      type: [MailServerRef],
      description: 'The mail servers the provider runs.',
      resolve: (provider) => serversOf(provider),
    }),
    endpoints: t.field({
      type: [EndpointRef],
      description: "The provider's whole port table, filtered and ordered.",
      args: endpointListArgs(t.arg),
      resolve: (provider, { filter, ordering }) => selectEndpoints(endpointsOf(provider), filter ?? {}, ordering),
    }),
  }),
});

builder.queryField('providers', (t) =>
  t.field({
    type: [ProviderRef],
    description: 'Every provider in the catalog.',
    args: { locale: localeArg(t.arg) },
    resolve: (_root, _args, ctx) => {
      return ctx.catalog.providers;
    },
  }),
);

builder.queryField('provider', (t) =>
  t.field({
    type: ProviderRef,
    description:
      'One provider by its `providerId`. An id no provider has is an error (`BAD_USER_INPUT`, naming `providerId` and the known ids), never null, as in every other `providerId` argument.',
    args: {
      providerId: t.arg.id({
        required: true,
        description: "The provider's `providerId`, for example `routing-net`.",
      }),
      locale: localeArg(t.arg),
    },
    resolve: (_root, { providerId }, ctx) => {
      return requireProvider(ctx.catalog, String(providerId));
    },
  }),
);
