/**
 * Arguments that several query fields take, defined once so they read and behave the same
 * wherever they appear.
 */
import type { ArgBuilder } from '@pothos/core';
import type { SchemaTypes } from './builder.js';
import { IncomingProtocolNameEnum, OrderingEnum } from './enums.js';

type Arg = ArgBuilder<SchemaTypes>;

/** `ordering: EndpointOrdering! = PROVIDER_ADVICE`. */
export const orderingArg = (arg: Arg) =>
  arg({
    type: OrderingEnum,
    required: true,
    defaultValue: 'PROVIDER_ADVICE',
    description: "Which endpoint counts as preferred within each protocol; the provider's advice by default.",
  });

/** `incomingProtocol: IncomingProtocolName! = IMAP`. */
export const incomingProtocolArg = (arg: Arg, description: string) =>
  arg({ type: IncomingProtocolNameEnum, required: true, defaultValue: 'IMAP', description });

/** `providerId: ID`, naming whose servers to use; the default provider when left out. */
export const providerIdArg = (arg: Arg) =>
  arg.id({
    description:
      'The `providerId` of the provider whose servers to use; the default provider when left out. An unknown one is an error.',
  });

/** `emailAddress: String!`, the mailbox whose settings are asked for. */
export const emailAddressArg = (arg: Arg) =>
  arg.string({
    required: true,
    description: 'The email address, for example `anna@routing.net`. Internationalized domains are accepted.',
  });
