/**
 * ClientSettings: what to type into a mail program for one email address; the
 * `settingsForAddress` query.
 */
import { builder } from './builder.js';
import { EndpointRef } from './endpoint.js';
import { emailAddressArg, incomingProtocolArg, orderingArg } from './arguments.js';
import { ProviderMatchEnum } from './enums.js';
import { localeArg, localeField } from './locale/fields.js';
import { ProviderRef } from './provider.js';
import { MailLocationRef } from './domain-check.js';
import { settingsWithLookup, type LookedUpSettings } from './mail-lookup.js';

export const ClientSettingsRef = builder.objectRef<LookedUpSettings>('ClientSettings');

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
        "DOMAIN when the provider lists the domain; MAIL_EXCHANGER when no provider lists it but its MX records name a provider's mail exchangers; DEFAULT when neither, and the default provider answered (read `mailLocation` before showing its settings).",
      resolve: (s) => s.match,
    }),
    mailLocation: t.field({
      type: MailLocationRef,
      nullable: true,
      description:
        "Where the domain's mail goes, from its MX records in DNS, for a domain no provider lists (providerMatch MAIL_EXCHANGER or DEFAULT): HOSTED_ELSEWHERE means these settings will not work for the address, NO_SUCH_DOMAIN suggests a typing mistake, LOOKUP_FAILED that nothing could be checked. Null for a listed domain, for which nothing is looked up.",
      resolve: (s) => s.mailLocation ?? null,
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
      "The settings for one email address. A domain the catalog lists is answered from it; for any other the domain's MX records are looked up in DNS (one question, 2 s at most, reused for its TTL): a provider's mail exchanger makes that provider answer (MAIL_EXCHANGER), else the default provider answers (DEFAULT) and `mailLocation` says where the mail goes. An address that is not valid is an error. Answers naming an address are never cached.",
    args: {
      emailAddress: emailAddressArg(t.arg),
      incomingProtocol: incomingProtocolArg(
        t.arg,
        'Which incoming protocol to give settings for: IMAP (the default) or POP3.',
      ),
      ordering: orderingArg(t.arg),
      locale: localeArg(t.arg),
    },
    resolve: (_root, { emailAddress, incomingProtocol, ordering }, ctx) =>
      settingsWithLookup(ctx, emailAddress, incomingProtocol, ordering),
  }),
);
