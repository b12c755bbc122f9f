/**
 * The `serviceStatus` query: per endpoint of the catalog, the last scheduled server check and the
 * share of good checks, read from D1. A request never opens a socket: it reads what the Cron
 * Trigger recorded. Answers are marked live, so the answer cache never keeps them.
 */
import { allEndpoints, type Endpoint } from '../domain/endpoints.js';
import type { CheckResult, EndpointStatus, FailureCode, StepTime } from '../world/server-check/types.js';
import { checksByHour, HOURS_SHOWN, type CheckHour } from '../world/server-check/hours.js';
import { FAILURE_REASONS } from '../world/server-check/reasons.js';
import { localize } from '../domain/texts.js';
import { builder } from './builder.js';
import { EndpointRef } from './endpoint.js';
import { localeArg } from './locale/fields.js';
import { textLocale } from './locale/scope.js';

const FAILURE_DESCRIPTIONS = {
  NOT_CHECKABLE:
    'Port 25: Cloudflare refuses outgoing connections to it, so it is never judged; not a failure of the server.',
  CONNECT_FAILED: 'No TCP connection: the port is closed or filtered, or the server is down.',
  TLS_FAILED:
    'The TLS handshake failed: a certificate not valid for the host name (or not from a trusted CA), or no TLS on the port.',
  NO_GREETING: 'Connected, but no greeting within the step bound (3 s).',
  BAD_GREETING: 'The first reply was not a greeting of the protocol: another service, or a broken server.',
  STARTTLS_NOT_OFFERED: 'A STARTTLS endpoint whose capabilities do not offer STARTTLS (STLS for POP3).',
  STARTTLS_REFUSED: 'STARTTLS was offered but the server refused the command.',
  NO_CAPABILITIES: 'CAPABILITY, CAPA or EHLO got no good answer within the step bound.',
  NO_PASSWORD_SIGN_IN:
    'After TLS, none of the password mechanisms the documents configure (IMAP AUTH=PLAIN/LOGIN, SMTP AUTH PLAIN/LOGIN, POP3 SASL PLAIN or USER) is offered.',
} satisfies Record<FailureCode, string>;

const FailureEnum = builder.enumType('ServerCheckFailure', {
  description: 'Why a server check was not good.',
  values: Object.fromEntries(
    Object.entries(FAILURE_DESCRIPTIONS).map(([code, description]) => [code, { description }]),
  ) as Record<FailureCode, { description: string }>,
});

const StepRef = builder.objectRef<StepTime>('ServerCheckStep');
StepRef.implement({
  description: 'One step of a server check and how long it took.',
  fields: (t) => ({
    step: t.exposeString('step', {
      description:
        'The step: `connect`, `greeting` (for implicit TLS it includes the handshake), `capabilities`, `starttls` (the upgrade) and `capabilities-after-tls`.',
    }),
    milliseconds: t.exposeInt('ms', { description: 'How long the step took, in milliseconds.' }),
  }),
});

const CheckRef = builder.objectRef<CheckResult>('ServerCheck');
CheckRef.implement({
  description: 'One check of one endpoint by the scheduled run, without credentials.',
  fields: (t) => ({
    checkedAt: t.string({
      description: 'When the check began (ISO 8601, UTC).',
      resolve: (check) => new Date(check.checkedAt).toISOString(),
    }),
    good: t.exposeBoolean('ok', {
      description:
        'True when everything the endpoint promises held: reachable and, if encrypted, a verified TLS connection with password sign-in offered.',
    }),
    reachable: t.exposeBoolean('reachable', { description: 'A TCP connection to the port was made.' }),
    tlsVerified: t.exposeBoolean('tlsVerified', {
      description:
        "The TLS handshake completed with a certificate the runtime verified for the catalog's host name. False for cleartext endpoints.",
    }),
    startTlsOffered: t.exposeBoolean('startTlsOffered', {
      nullable: true,
      description: 'For STARTTLS endpoints, whether the server offered the upgrade; null for the others.',
    }),
    mechanisms: t.exposeStringList('mechanisms', {
      description: 'The sign-in mechanisms offered over the encrypted connection (`PLAIN`, `LOGIN`, `USER`, ...).',
    }),
    milliseconds: t.exposeInt('totalMs', { description: 'How long the whole check took, in milliseconds.' }),
    steps: t.field({ type: [StepRef], description: 'Each step and its time.', resolve: (check) => check.steps }),
    failure: t.field({
      type: FailureEnum,
      nullable: true,
      description: 'Why the check was not good; null when it was.',
      resolve: (check) => check.failure,
    }),
    failureReason: t.string({
      nullable: true,
      description: 'The failure in words for people, in the locale in force; null when the check was good.',
      resolve: (check, _args, ctx, info) =>
        check.failure === null ? null : localize(FAILURE_REASONS[check.failure], textLocale(ctx, info)),
    }),
  }),
});

const HourRef = builder.objectRef<CheckHour>('ServerCheckHour');
HourRef.implement({
  description: 'One clock hour (UTC) of scheduled checks of one endpoint.',
  fields: (t) => ({
    start: t.string({
      description: 'When the hour began (ISO 8601, UTC, on the full hour).',
      resolve: (hour) => new Date(hour.start).toISOString(),
    }),
    checks: t.exposeInt('checks', { description: 'How many checks ran in the hour; 0 when none did.' }),
    goodChecks: t.exposeInt('good', { description: 'How many of those checks were good.' }),
  }),
});

interface EndpointStatusData {
  readonly endpoint: Endpoint;
  readonly status: EndpointStatus | undefined;
  /** When the statuses were read: the hours end with the one it falls in. */
  readonly now: number;
}

const EndpointStatusRef = builder.objectRef<EndpointStatusData>('EndpointStatus');
EndpointStatusRef.implement({
  description: 'What the scheduled checks found for one endpoint of the port table.',
  fields: (t) => ({
    endpoint: t.field({ type: EndpointRef, description: 'The endpoint checked.', resolve: (data) => data.endpoint }),
    lastCheck: t.field({
      type: CheckRef,
      nullable: true,
      description: 'The newest check; null when none has run yet.',
      resolve: (data) => data.status?.last ?? null,
    }),
    goodShareLast24Hours: t.float({
      nullable: true,
      description: 'Good checks over all checks in the last 24 hours, from 0 to 1; null without checks.',
      resolve: (data) => data.status?.share24h ?? null,
    }),
    goodShareLast30Days: t.float({
      nullable: true,
      description:
        'Good checks over all checks in the last 30 days (the history kept), from 0 to 1; null without checks.',
      resolve: (data) => data.status?.share30d ?? null,
    }),
    lastDayByHour: t.field({
      type: [HourRef],
      description: `The last ${HOURS_SHOWN} clock hours (UTC), oldest first, the current hour last: how many checks each had and how many were good. Always ${HOURS_SHOWN} items; an hour without checks has 0 of 0. For drawing a day's history, as the setup assistant's status bars do.`,
      resolve: (data) => checksByHour(data.status?.day ?? [], data.now),
    }),
  }),
});

builder.queryField('serviceStatus', (t) =>
  t.field({
    type: [EndpointStatusRef],
    description:
      "Whether the provider's servers answer as the port table says: per endpoint, the last check of a scheduled run (every few minutes, without credentials) and the share of good checks. Read from stored results; no request contacts a server. Answers are never kept by the API's answer cache.",
    args: { locale: localeArg(t.arg) },
    resolve: async (_root, _args, ctx) => {
      ctx.markLive();
      const now = Date.now();
      const statuses = await ctx.readServiceStatus(now);
      return allEndpoints(ctx.catalog).map((endpoint) => ({ endpoint, status: statuses.get(endpoint.id), now }));
    },
  }),
);
