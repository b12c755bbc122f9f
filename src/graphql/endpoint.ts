/**
 * Endpoint: one row of a provider's port table; the filter and ordering arguments every endpoint
 * list takes; and the `endpoints` query.
 */
import type { ArgBuilder } from '@pothos/core';
import { allEndpoints, endpointsOf, type Endpoint } from '../domain/endpoints.js';
import { selectEndpoints } from '../domain/filters.js';
import { describeProtocol } from '../domain/protocols.js';
import { requireProvider } from '../domain/providers.js';
import { adviceLabel, securityLabel } from '../domain/texts.js';
import { builder, type SchemaTypes } from './builder.js';
import { orderingArg } from './arguments.js';
import { AdviceEnum, DirectionEnum, ProtocolNameEnum, SecurityEnum } from './enums.js';
import { localeQualifiedIdentity } from './identity.js';
import { localeArg, localeField } from './locale/fields.js';
import { textLocale } from './locale/scope.js';
import { ProtocolRef } from './protocol.js';

export const EndpointRef = builder.objectRef<Endpoint>('Endpoint');

EndpointRef.implement({
  description:
    "One way to reach a mail server: a protocol on a port with a kind of encryption, and the provider's advice on it. One row of the provider's port table.",
  fields: (t) => ({
    ...localeQualifiedIdentity(t, 'endpointId', {
      stableId: (endpoint) => endpoint.id,
      example: 'mail.routing.net/IMAP/SSL_TLS/993',
      use: 'Made of `host/PROTOCOL/SECURITY/port`: keep it to remember an endpoint, or to match endpoints between answers in different languages.',
    }),
    hostName: t.exposeString('hostName', {
      description: 'The server name to enter in the mail program, for example `mail.routing.net`.',
    }),
    protocol: t.expose('protocol', { type: ProtocolNameEnum, description: 'The protocol spoken on this endpoint.' }),
    protocolInfo: t.field({
      type: ProtocolRef,
      description: 'The `Protocol` object of `protocol`: what the protocol is and when it fits.',
      resolve: (endpoint, _args, { catalog }) => describeProtocol(catalog, endpoint.protocol),
    }),
    direction: t.expose('direction', {
      type: DirectionEnum,
      description: 'INCOMING for IMAP and POP3, OUTGOING for SMTP.',
    }),
    security: t.expose('security', { type: SecurityEnum, description: 'How the connection is encrypted.' }),
    securityLabel: t.string({
      description: 'The encryption as a settings table shows it: "SSL/TLS", "STARTTLS" or "none".',
      resolve: (endpoint, _args, ctx, info) => securityLabel(ctx.catalog, endpoint.security, textLocale(ctx, info)),
    }),
    port: t.exposeInt('port', { description: 'The TCP port, from 1 to 65535.' }),
    advice: t.expose('advice', { type: AdviceEnum, description: "The provider's advice on this endpoint." }),
    adviceLabel: t.string({
      description: 'The advice as a person reads it: "recommended", "supported" or "not recommended".',
      resolve: (endpoint, _args, ctx, info) => adviceLabel(ctx.catalog, endpoint.advice, textLocale(ctx, info)),
    }),
    encrypted: t.exposeBoolean('encrypted', {
      description: 'True for SSL/TLS and STARTTLS, false for no encryption.',
    }),
    locale: localeField(t),
    uri: t.exposeString('uri', {
      description:
        'The endpoint as a URI in the schemes curl and most mail libraries use, for example `imaps://mail.routing.net:993` or `smtp://mail.routing.net:587`. An `s` scheme means implicit TLS; a plain one means STARTTLS or none (see `security`).',
    }),
  }),
});

export const EndpointFilterInput = builder.inputType('EndpointFilter', {
  description: 'Conditions an endpoint must all meet. A condition left out or null matches every endpoint.',
  fields: (t) => ({
    protocol: t.field({ type: ProtocolNameEnum, description: 'Only endpoints of this protocol.' }),
    direction: t.field({
      type: DirectionEnum,
      description: 'Only incoming (IMAP, POP3) or only outgoing (SMTP) endpoints.',
    }),
    security: t.field({ type: SecurityEnum, description: 'Only endpoints with this encryption.' }),
    advice: t.field({ type: AdviceEnum, description: 'Only endpoints with this advice, for example RECOMMENDED.' }),
    encryptedOnly: t.boolean({ description: 'When true, leaves out unencrypted endpoints.' }),
    port: t.int({ description: 'Only endpoints on this port, from 1 to 65535; any other number is an error.' }),
  }),
});

/** The `filter` and `ordering` arguments every list of endpoints takes. */
export function endpointListArgs(arg: ArgBuilder<SchemaTypes>) {
  return {
    filter: arg({ type: EndpointFilterInput, description: 'Conditions the endpoints must meet; none by default.' }),
    ordering: orderingArg(arg),
  };
}

builder.queryField('endpoints', (t) =>
  t.field({
    type: [EndpointRef],
    description:
      "Endpoints of every provider, or of one, filtered and ordered. With no arguments: the whole port table in the order of the provider's advice.",
    args: {
      ...endpointListArgs(t.arg),
      providerId: t.arg.id({
        description: 'Only the endpoints of the provider with this `providerId`; an unknown one is an error.',
      }),
      locale: localeArg(t.arg),
    },
    resolve: (_root, { filter, ordering, providerId }, ctx) => {
      const { catalog } = ctx;
      const endpoints =
        providerId == null ? allEndpoints(catalog) : endpointsOf(requireProvider(catalog, String(providerId)));
      return selectEndpoints(endpoints, filter ?? {}, ordering);
    },
  }),
);
