/**
 * Protocol: what IMAP, POP3 and SMTP are and when each fits; the `protocols` and `protocol` queries.
 */
import { DIRECTION_OF, type ProtocolData } from '../catalog/types.js';
import { allEndpoints } from '../domain/endpoints.js';
import { selectEndpoints } from '../domain/filters.js';
import { describeProtocol } from '../domain/protocols.js';
import { builder } from './builder.js';
import { EndpointRef, endpointListArgs } from './endpoint.js';
import { DirectionEnum, ProtocolNameEnum } from './enums.js';
import { GuideRef } from './guide.js';
import { localeQualifiedIdentity } from './identity.js';
import { localeArg, localeField, localizedString, localizedStrings } from './locale/fields.js';

export const ProtocolRef = builder.objectRef<ProtocolData>('Protocol');

ProtocolRef.implement({
  description: 'A mail protocol explained for people choosing how to set up their mail program.',
  fields: (t) => ({
    ...localeQualifiedIdentity(t, 'protocolId', {
      stableId: (protocol) => protocol.name,
      example: 'IMAP',
      use: 'The same value as `name`, as an ID: use `name` to pass the protocol to `protocol(name:)` or a filter.',
    }),
    name: t.expose('name', { type: ProtocolNameEnum, description: 'The short name: IMAP, POP3 or SMTP.' }),
    fullName: t.exposeString('fullName', {
      description: 'The name written out, for example "Internet Message Access Protocol".',
    }),
    direction: t.field({
      type: DirectionEnum,
      description: 'INCOMING when the protocol fetches mail, OUTGOING when it sends mail.',
      resolve: (protocol) => DIRECTION_OF[protocol.name],
    }),
    summary: localizedString(
      t,
      'One sentence on what the protocol does, for a settings table or a tooltip.',
      (protocol) => protocol.summary,
    ),
    explanation: localizedString(
      t,
      'A paragraph explaining how the protocol works and what that means for the reader.',
      (protocol) => protocol.explanation,
    ),
    strengths: localizedStrings(
      t,
      'What the protocol does well, one point per item.',
      (protocol) => protocol.strengths,
    ),
    suitedFor: localizedStrings(t, 'Situations the protocol suits, one per item.', (protocol) => protocol.suitedFor),
    locale: localeField(t),
    endpoints: t.field({
      type: [EndpointRef],
      description: 'Every endpoint of every provider that speaks this protocol, filtered and ordered.',
      args: endpointListArgs(t.arg),
      resolve: (protocol, { filter, ordering }, { catalog }) =>
        selectEndpoints(
          allEndpoints(catalog).filter((e) => e.protocol === protocol.name),
          filter ?? {},
          ordering,
        ),
    }),
    guides: t.field({
      type: [GuideRef],
      description: 'Guides that deal with this protocol.',
      resolve: (protocol, _args, { catalog }) => catalog.guides.filter((g) => g.protocols.includes(protocol.name)),
    }),
  }),
});

builder.queryField('protocols', (t) =>
  t.field({
    type: [ProtocolRef],
    description: 'IMAP, POP3 and SMTP, in that order, each with its explanation.',
    args: { locale: localeArg(t.arg) },
    resolve: (_root, _args, ctx) => {
      return ctx.catalog.protocols;
    },
  }),
);

builder.queryField('protocol', (t) =>
  t.field({
    type: ProtocolRef,
    description: 'One protocol by name.',
    args: {
      name: t.arg({ type: ProtocolNameEnum, required: true, description: 'IMAP, POP3 or SMTP.' }),
      locale: localeArg(t.arg),
    },
    resolve: (_root, { name }, ctx) => {
      return describeProtocol(ctx.catalog, name);
    },
  }),
);
