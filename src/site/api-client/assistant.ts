/**
 * What the setup assistant asks the API for one state of the page, shared by the server render
 * and the page's script: the recommendation first (its protocol is the default choice), then the
 * address's settings (their provider names the servers), then the guides and the troubleshooting
 * for that protocol and provider.
 */
import type { AssistantData, IncomingProtocolName, InputResult } from '../data.js';
import { situationOf, type AssistantState } from '../state.js';
import {
  localeValue,
  PAGE_ADDRESS_SETTINGS,
  PAGE_DOMAIN_CHECK,
  PAGE_RECOMMENDATION,
  PAGE_SETUP_GUIDES,
  PAGE_TROUBLESHOOTING,
} from './operations.js';
import { dataOf, inputError, type Answer } from './answers.js';
import type { Run } from './persisted-get.js';

/** `pick(data)`, or the message of the error the caller's input caused. */
function inputResult<Data, T>(answer: Answer<Data>, pick: (data: Data) => T): InputResult<T> {
  const input = inputError(answer);
  if (input !== undefined) return { ok: false, message: input.message };
  return { ok: true, value: pick(dataOf(answer)) };
}

/** The protocol in force: one picked by hand, else the recommendation's, else IMAP, the usual choice. */
function protocolFor(state: AssistantState, data: Pick<AssistantData, 'recommendation'>): IncomingProtocolName {
  if (state.protocol !== undefined) return state.protocol;
  return data.recommendation?.ok === true ? data.recommendation.value.incomingProtocol.name : 'IMAP';
}

/** Runs the assistant's operations for `state` with `run`. */
export async function loadAssistant(run: Run, state: AssistantState): Promise<AssistantData> {
  const locale = localeValue(state.locale);
  const situation = state.answers && situationOf(state.answers);
  const recommendation =
    situation && inputResult(await run(PAGE_RECOMMENDATION, { situation, locale }), (data) => data.recommendation);
  const protocol = protocolFor(state, { recommendation });
  const settings =
    state.email === undefined
      ? undefined
      : inputResult(
          await run(PAGE_ADDRESS_SETTINGS, { emailAddress: state.email, incomingProtocol: protocol, locale }),
          (data) => data.settingsForAddress,
        );
  const forProtocol = {
    incomingProtocol: protocol,
    providerId: settings?.ok === true ? settings.value.provider.providerId : null,
    locale,
  };
  const domain = state.domain;
  const [guides, troubleshooting, domainCheck] = await Promise.all([
    run(PAGE_SETUP_GUIDES, forProtocol).then((answer) => dataOf(answer).guides),
    run(PAGE_TROUBLESHOOTING, forProtocol).then((answer) => dataOf(answer).troubleshooting),
    domain === undefined
      ? undefined
      : run(PAGE_DOMAIN_CHECK, { domain, locale }).then((answer) => inputResult(answer, (data) => data.domainCheck)),
  ]);
  return { protocol, recommendation, settings, guides, troubleshooting, domainCheck };
}
