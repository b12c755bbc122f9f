/**
 * ClientConfiguration: the documents mail programs read to set themselves up, as text; the
 * `clientConfiguration` query. The same bytes as the HTTP routes serve.
 *
 * The request is a `@oneOf` input with one field per format, so the options a format takes are in
 * the types: a document that names the mailbox (the registry's `needsAddress`) cannot be asked for
 * without `emailAddress`. A format added to the registry gets its field here.
 */
import type { IncomingProtocol } from '../catalog/types.js';
import {
  CLIENT_CONFIGURATION_FORMATS,
  DOCUMENT_FORMATS,
  type ClientConfigurationFormat,
} from '../client-config/registry.js';
import { clientConfiguration, type ClientConfiguration } from '../client-config/service.js';
import { builder } from './builder.js';
import { IncomingProtocolNameEnum } from './enums.js';
import { localeArg, localeField } from './locale/fields.js';
import { textLocale } from './locale/scope.js';

const ClientConfigurationFormatEnum = builder.enumType('ClientConfigurationFormat', {
  description: 'A document format mail programs read to configure themselves.',
  values: Object.fromEntries(
    CLIENT_CONFIGURATION_FORMATS.map((format) => [format, { description: DOCUMENT_FORMATS[format].description }]),
  ) as Record<ClientConfigurationFormat, { description: string }>,
});

/** The options of one document, as the resolver reads them. */
interface DocumentOptions {
  readonly emailAddress?: string | null;
  readonly incomingProtocol: IncomingProtocol;
}

const INCOMING_PROTOCOL_DESCRIPTION =
  'The incoming protocol the document puts first (for APPLE_PROFILE, the only one): IMAP, the default, or POP3.';

/** The options input of documents that can do without an address, or of those that need one. */
function optionsInput(name: string, needsAddress: boolean, description: string) {
  return builder.inputRef<DocumentOptions>(name).implement({
    description,
    fields: (t) => ({
      emailAddress: t.string({
        required: needsAddress,
        description: needsAddress
          ? 'The mailbox the document signs in to, for example `anna@routing.net`; picks the provider by its domain. Internationalized domains are accepted and written in ASCII (`xn--`) form. A malformed address is an error (`BAD_USER_INPUT`).'
          : "The mailbox, for example `anna@routing.net`; picks the provider by its domain. Internationalized domains are accepted and written in ASCII (`xn--`) form. Left out: the default provider's document. A malformed address is an error (`BAD_USER_INPUT`).",
      }),
      incomingProtocol: t.field({
        type: IncomingProtocolNameEnum,
        required: true,
        defaultValue: 'IMAP',
        description: INCOMING_PROTOCOL_DESCRIPTION,
      }),
    }),
  });
}

const OPTIONS_INPUTS = {
  optional: optionsInput(
    'ClientConfigurationOptions',
    false,
    'Options of a document that can be made without an address: `emailAddress` only picks the provider.',
  ),
  required: optionsInput(
    'MailboxClientConfigurationOptions',
    true,
    'Options of a document that names the mailbox to sign in with, so it needs `emailAddress`.',
  ),
};

/** The field of the request input that asks for `format`: `MOZILLA_AUTOCONFIG` is `mozillaAutoconfig`. */
const requestField = (format: ClientConfigurationFormat) =>
  format.toLowerCase().replace(/_([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());

const FORMAT_OF_FIELD = new Map(CLIENT_CONFIGURATION_FORMATS.map((format) => [requestField(format), format]));

const ClientConfigurationRequestInput = builder
  .inputRef<Readonly<Record<string, DocumentOptions | null | undefined>>>('ClientConfigurationRequest')
  .implement({
    description:
      'Which document to build, with its options: give exactly one field (a `@oneOf` input), named for the format, for example `{ mozillaAutoconfig: { emailAddress: "anna@routing.net" } }`. Each field takes the options its format uses.',
    isOneOf: true,
    fields: (t) =>
      Object.fromEntries(
        CLIENT_CONFIGURATION_FORMATS.map((format) => [
          requestField(format),
          t.field({
            type: DOCUMENT_FORMATS[format].needsAddress ? OPTIONS_INPUTS.required : OPTIONS_INPUTS.optional,
            description: `${DOCUMENT_FORMATS[format].description} Its \`format\` is ${format}.`,
          }),
        ]),
      ),
  });

/** The one format asked for and its options; graphql-js has checked that exactly one is given. */
function requested(request: Readonly<Record<string, DocumentOptions | null | undefined>>) {
  for (const [field, options] of Object.entries(request)) {
    const format = FORMAT_OF_FIELD.get(field);
    if (format !== undefined && options != null) return { format, options };
  }
  throw new Error('A ClientConfigurationRequest without a format passed validation');
}

const ClientConfigurationRef = builder.objectRef<ClientConfiguration>('ClientConfiguration');

ClientConfigurationRef.implement({
  description:
    'A configuration document as a mail program reads it: save `body` under `fileName`, or serve it with `contentType`.',
  fields: (t) => ({
    format: t.expose('format', { type: ClientConfigurationFormatEnum, description: 'The format of `body`.' }),
    contentType: t.exposeString('contentType', {
      description: 'The media type to serve `body` with, for example `application/x-apple-aspen-config`.',
    }),
    fileName: t.exposeString('fileName', {
      description:
        'A file name for `body`, with the extension clients expect (`.mobileconfig` opens the profile installer).',
    }),
    body: t.exposeString('body', {
      description: 'The document itself, byte for byte what the matching HTTP route serves.',
    }),
    locale: localeField(t),
  }),
});

builder.queryField('clientConfiguration', (t) =>
  t.field({
    type: ClientConfigurationRef,
    description:
      "A configuration document for mail programs, for one email address or, without one, for the default provider. Endpoints follow the provider's advice, so every format names the same preferred servers as `settingsForAddress`.",
    args: {
      document: t.arg({
        type: ClientConfigurationRequestInput,
        required: true,
        description: "Which document to build, as exactly one field named for its format, with that format's options.",
      }),
      locale: localeArg(t.arg),
    },
    resolve: (_root, args, ctx, info) => {
      const { format, options } = requested(args.document);
      return clientConfiguration(format, {
        data: ctx.catalog,
        emailAddress: options.emailAddress ?? undefined,
        incomingProtocol: options.incomingProtocol,
        locale: textLocale(ctx, info),
        origin: ctx.origin,
        publicHost: ctx.publicHost,
      });
    },
  }),
);
