/**
 * MailServer: a host a provider runs, with the endpoints it offers; the `servers` query.
 */
import type { ProviderData, ServerData } from '../catalog/types.js';
import { endpointsOf } from '../domain/endpoints.js';
import { selectEndpoints } from '../domain/filters.js';
import { builder } from './builder.js';
import { EndpointRef, endpointListArgs } from './endpoint.js';
import { localeQualifiedIdentity } from './identity.js';
import { localeArg } from './locale/fields.js';
import { ProviderRef } from './provider.js';

/** A server together with the provider that runs it. */
export interface ServerOfProvider {
  readonly provider: ProviderData;
  readonly server: ServerData;
}

export const MailServerRef = builder.objectRef<ServerOfProvider>('MailServer');

MailServerRef.implement({
  description:
    'A mail server host. One host may serve several protocols: mail.routing.net answers IMAP, POP3 and SMTP alike.',
  fields: (t) => ({
    // A host name alone is not unique: two providers may have their mailboxes on one host.
    ...localeQualifiedIdentity(t, 'mailServerId', {
      stableId: ({ provider, server }) => `${provider.id}/${server.hostName}`,
      example: 'routing-net/mail.routing.net',
      use: 'Made of `providerId/hostName`: keep it to remember a server, or to match servers between answers in different languages.',
    }),
    hostName: t.string({
      description: 'The name to enter as incoming and outgoing server, for example `mail.routing.net`.',
      resolve: ({ server }) => server.hostName,
    }),
    provider: t.field({
      type: ProviderRef,
      description: 'The provider that runs the server.',
      resolve: ({ provider }) => provider,
    }),
    endpoints: t.field({
      type: [EndpointRef],
      description: 'The protocols, ports and encryption this server offers, filtered and ordered.',
      args: endpointListArgs(t.arg),
      resolve: ({ provider, server }, { filter, ordering }) =>
        selectEndpoints(
          endpointsOf(provider).filter((e) => e.hostName === server.hostName),
          filter ?? {},
          ordering,
        ),
    }),
  }),
});

/** Every server of `provider`, paired with it. */
export function serversOf(provider: ProviderData): ServerOfProvider[] {
  return provider.servers.map((server) => ({ provider, server }));
}

builder.queryField('servers', (t) =>
  t.field({
    type: [MailServerRef],
    description: 'Every mail server of every provider.',
    args: { locale: localeArg(t.arg) },
    resolve: (_root, _args, ctx) => {
      return ctx.catalog.providers.flatMap(serversOf);
    },
  }),
);
