/**
 * What the setup assistant at `/` shows: the address, the answers to the three questions, a
 * protocol picked by hand and the language. All but the address is in its URL, so those views
 * are GETs that work without JavaScript, can be bookmarked and are cached like any other. The
 * address never is: it goes in the body of a POST (see `forms.ts`), since a URL is kept by
 * history, logs and caches and the address is personal data. The server reads the state from the
 * request (URL and form body) and the page's script from its forms; both write URLs with
 * `assistantQuery`.
 */
import type { Locale } from '../catalog/types.js';
import { MAX_ADDRESS_LENGTH, MAX_DEVICES_DIGITS } from '../limits.js';
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
  /** A domain an administrator asked to check, as typed; names no person, so it is in the URL. */
  readonly domain: string | undefined;
  /** The field whose form was sent with it empty, which the page then asks to fill in. */
  readonly blank?: typeof PARAMETERS.email | typeof PARAMETERS.domain;
}

/** The query parameters of the assistant's URL. */
export const PARAMETERS = {
  lang: 'lang',
  email: 'email',
  devices: 'devices',
  offline: 'offline',
  storage: 'storage',
  protocol: 'protocol',
  domain: 'domain',
} as const;

/** The value a ticked checkbox sends. */
export const YES = 'yes';

/** `value` as an incoming protocol (any letter case), or undefined. */
function incomingProtocolName(value: string | null): IncomingProtocolName | undefined {
  const upper = value?.toUpperCase();
  return upper === 'IMAP' || upper === 'POP3' ? upper : undefined;
}

/**
 * `value` cut to one character more than any valid value has: what is echoed stays small, and a
 * value too long stays too long, so it is still refused rather than cut into a valid one.
 */
const bounded = (value: string, longest: number) => value.slice(0, longest + 1);

/**
 * The parameters of a request to the assistant: its query string, and those of its form body,
 * which win (a POST's URL holds the state the form does not ask for; its body, what it asks).
 */
export function assistantParameters(search: URLSearchParams, body?: URLSearchParams): URLSearchParams {
  if (body === undefined) return search;
  const merged = new URLSearchParams(search);
  for (const name of new Set(body.keys())) merged.set(name, body.get(name) ?? '');
  return merged;
}

/** The state `search` describes, in `locale`. */
export function assistantState(search: URLSearchParams, locale: Locale): AssistantState {
  const email = bounded(search.get(PARAMETERS.email)?.trim() ?? '', MAX_ADDRESS_LENGTH) || undefined;
  const domain = bounded(search.get(PARAMETERS.domain)?.trim() ?? '', MAX_ADDRESS_LENGTH) || undefined;
  const sent = search.get(PARAMETERS.devices);
  const devices = sent === null ? null : bounded(sent.trim(), MAX_DEVICES_DIGITS);
  // A field sent empty (the button pressed before typing) is asked for again; a URL never holds one.
  const blank = [PARAMETERS.email, PARAMETERS.domain].find(
    (name) => search.has(name) && (search.get(name) ?? '').trim() === '',
  );
  return {
    locale,
    email,
    answers:
      devices === null
        ? undefined
        : {
            devices,
            offline: search.get(PARAMETERS.offline) === YES,
            limitedStorage: search.get(PARAMETERS.storage) === YES,
          },
    protocol: incomingProtocolName(search.get(PARAMETERS.protocol)),
    domain,
    ...(blank === undefined ? {} : { blank }),
  };
}

/** The query string (with its `?`) of the assistant showing `state`, its address left out. */
export function assistantQuery(state: AssistantState): string {
  const search = new URLSearchParams({ [PARAMETERS.lang]: state.locale });
  if (state.answers !== undefined) {
    search.set(PARAMETERS.devices, state.answers.devices);
    if (state.answers.offline) search.set(PARAMETERS.offline, YES);
    if (state.answers.limitedStorage) search.set(PARAMETERS.storage, YES);
  }
  if (state.protocol !== undefined) search.set(PARAMETERS.protocol, state.protocol);
  if (state.domain !== undefined) search.set(PARAMETERS.domain, state.domain);
  return `?${search.toString()}`;
}

/** The `Situation` input for `answers`, or undefined when the number of devices is no whole number. */
export function situationOf(answers: Answers) {
  if (answers.devices.length > MAX_DEVICES_DIGITS || !/^\d+$/.test(answers.devices)) return undefined;
  return {
    deviceCount: Number(answers.devices),
    wantsOfflineCopies: answers.offline,
    limitedServerStorage: answers.limitedStorage,
  };
}
