/**
 * What the setup assistant at `/` shows is all in its URL, so every view is a GET that works
 * without JavaScript, can be bookmarked and is cached like any other: the address, the answers to
 * the three questions, a protocol picked by hand and the language. The server reads the state
 * from the request and the page's script from its forms; both write URLs with `assistantQuery`.
 */
import type { Locale } from '../catalog/types.js';
import type { IncomingProtocolName } from './data.js';

/** The answers to the recommendation's questions, as sent. */
interface Answers {
  /** The number of devices as typed; `situationOf` says whether it is one. */
  readonly devices: string;
  readonly offline: boolean;
  readonly limitedStorage: boolean;
}

/** Everything the assistant shows depends on, as its URL holds it. */
export interface AssistantState {
  readonly locale: Locale;
  /** The address as typed, without surrounding spaces; undefined when none was given. */
  readonly email: string | undefined;
  /** Undefined until the questions are answered. */
  readonly answers: Answers | undefined;
  /** An incoming protocol picked by hand, which wins over the recommendation's. */
  readonly protocol: IncomingProtocolName | undefined;
}

/** The query parameters of the assistant's URL. */
export const PARAMETERS = {
  lang: 'lang',
  email: 'email',
  devices: 'devices',
  offline: 'offline',
  storage: 'storage',
  protocol: 'protocol',
} as const;

/** The value a ticked checkbox sends. */
export const YES = 'yes';

/** `value` as an incoming protocol (any letter case), or undefined. */
function incomingProtocolName(value: string | null): IncomingProtocolName | undefined {
  const upper = value?.toUpperCase();
  return upper === 'IMAP' || upper === 'POP3' ? upper : undefined;
}

/** The state `search` describes, in `locale`. */
export function assistantState(search: URLSearchParams, locale: Locale): AssistantState {
  const email = search.get(PARAMETERS.email)?.trim() || undefined;
  const devices = search.get(PARAMETERS.devices);
  return {
    locale,
    email,
    answers:
      devices === null
        ? undefined
        : {
            devices: devices.trim(),
            offline: search.get(PARAMETERS.offline) === YES,
            limitedStorage: search.get(PARAMETERS.storage) === YES,
          },
    protocol: incomingProtocolName(search.get(PARAMETERS.protocol)),
  };
}

/** The query string (with its `?`) of the assistant showing `state`. */
export function assistantQuery(state: AssistantState): string {
  const search = new URLSearchParams({ [PARAMETERS.lang]: state.locale });
  if (state.email !== undefined) search.set(PARAMETERS.email, state.email);
  if (state.answers !== undefined) {
    search.set(PARAMETERS.devices, state.answers.devices);
    if (state.answers.offline) search.set(PARAMETERS.offline, YES);
    if (state.answers.limitedStorage) search.set(PARAMETERS.storage, YES);
  }
  if (state.protocol !== undefined) search.set(PARAMETERS.protocol, state.protocol);
  return `?${search.toString()}`;
}

/** The `Situation` input for `answers`, or undefined when the number of devices is no whole number. */
export function situationOf(answers: Answers) {
  if (!/^\d{1,6}$/.test(answers.devices)) return undefined;
  return {
    deviceCount: Number(answers.devices),
    wantsOfflineCopies: answers.offline,
    limitedServerStorage: answers.limitedStorage,
  };
}
