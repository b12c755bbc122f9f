/**
 * ClientSettings: what to type into a mail program for one email address; the
 * `settingsForAddress` query.
 */
import { clientSettings, type ClientSettings } from '../domain/client-settings.js';
import { builder } from './builder.js';
import { EndpointRef } from './endpoint.js';
import { emailAddressArg, incomingProtocolArg, orderingArg } from './arguments.js';
import { ProviderMatchEnum } from './enums.js';
import { localeArg, localeField } from './locale/fields.js';
import { ProviderRef } from './provider.js';

export const ClientSettingsRef = builder.objectRef<ClientSettings>('ClientSettings');

ClientSettingsRef.implement({
  description:
    'Everything a mail program asks for when a mailbox is added by hand, for one email address. The password is the mailbox password and is never part of this API.',
  fields: (t) => ({
    emailAddress: t.string({
      description:
        'The address as looked up: surrounding spaces removed, domain in lower-case ASCII form (`xn--` for internationalized domains).',
      resolve: (s) => s.emailAddress.address,
    }),
    domain: t.string({
      description: 'The domain of the address, in lower-case ASCII form.',
      resolve: (s) => s.emailAddress.domain,
    }),
    provider: t.field({
      type: ProviderRef,
      description: 'The provider whose servers to use.',
      resolve: (s) => s.provider,
    }),
    providerMatch: t.field({
      type: ProviderMatchEnum,
      description:
        'DOMAIN when the provider lists the domain, DEFAULT when no provider does and the default one answered.',
      resolve: (s) => s.match,
    }),
    suggestedEmailAddress: t.string({
      nullable: true,
      description:
        "When no provider lists the domain but it is one or two typing mistakes away from a domain one does (`anna@routng.net`), the address with that domain (`anna@routing.net`): ask the person whether they meant it before showing these settings, which are the default provider's. Null for a listed domain and for any other.",
      resolve: (s) => s.suggestedEmailAddress ?? null,
    }),
    locale: localeField(t),
    userName: t.exposeString('userName', {
      description: 'The user name to sign in with, for incoming and outgoing mail alike: the full email address.',
    }),
    incoming: t.field({
      type: EndpointRef,
      description: 'The incoming server: host, port and encryption to enter. Always encrypted.',
      resolve: (s) => s.incoming,
    }),
    outgoing: t.field({
      type: EndpointRef,
      description:
        'The outgoing (SMTP) server: host, port and encryption to enter. Always encrypted; sign-in required.',
      resolve: (s) => s.outgoing,
    }),
  }),
});

builder.queryField('settingsForAddress', (t) =>
  t.field({
    type: ClientSettingsRef,
    description:
      'The settings for one email address. A domain no provider lists gets the default provider, and `providerMatch` says so; an address that is not valid is an error.',
    args: {
      emailAddress: emailAddressArg(t.arg),
      incomingProtocol: incomingProtocolArg(
        t.arg,
        'Which incoming protocol to give settings for: IMAP (the default) or POP3.',
      ),
      ordering: orderingArg(t.arg),
      locale: localeArg(t.arg),
    },
    resolve: (_root, { emailAddress, incomingProtocol, ordering }, ctx) => {
      return clientSettings(ctx.catalog, emailAddress, incomingProtocol, ordering);
    },
  }),
);
