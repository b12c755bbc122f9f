/**
 * `/`: the setup assistant, rendered on the server from the API's answers to the page's own
 * operations, so it works without JavaScript. GET for the state in the URL; POST for a form that
 * carries the address in its body, so that it stays out of every URL. A page that shows an
 * address or a domain check is `no-store`. A mistake in the address or the questions is shown on the page itself,
 * answered as a 400.
 */
import { dataOf } from '../site/api-client/answers.js';
import { loadAssistant } from '../site/api-client/assistant.js';
import { localeValue, PAGE_PORT_TABLE, PAGE_PROTOCOLS, PAGE_SERVICE_STATUS } from '../site/api-client/operations.js';
import { assistantPage } from '../site/assistant.js';
import { helpOwner } from '../site/layout.js';
import { assistantParameters, assistantState, PARAMETERS, situationOf } from '../site/state.js';
import type { RouteHandler } from '../http/route.js';
import { htmlPage, pageLocale } from './html-page.js';
import { apiRunner } from './page-api.js';
import { formFields, incomingProtocolParam, orBadRequest } from './parameters.js';

/** `/`: the assistant for the state in the URL and, for a POST, in its form. */
export const home: RouteHandler = async (request, context) => {
  const { url } = context;
  const body = request.method === 'POST' ? await formFields(request) : undefined;
  if (body instanceof Response) return body;
  const search = assistantParameters(url.searchParams, body);
  const locale = pageLocale(request, search);
  return orBadRequest(locale, async () => {
    // Refuses, naming it, a protocol that fetches no mail; the state takes IMAP or POP3 alone.
    if (search.has(PARAMETERS.protocol)) incomingProtocolParam(search);
    const state = assistantState(search, locale);
    const run = apiRunner(context);
    const [data, { endpoints: ports, providers }, protocols, status] = await Promise.all([
      loadAssistant(run, state),
      run(PAGE_PORT_TABLE, { locale: localeValue(locale) }).then(dataOf),
      run(PAGE_PROTOCOLS, { locale: localeValue(locale) }).then((answer) => dataOf(answer).protocols),
      run(PAGE_SERVICE_STATUS, { locale: localeValue(locale) }).then((answer) => dataOf(answer).serviceStatus),
    ]);
    const mistaken =
      state.blank !== undefined ||
      data.settings?.ok === false ||
      data.domainCheck?.ok === false ||
      data.recommendation?.ok === false ||
      (state.answers !== undefined && situationOf(state.answers) === undefined);
    const page = assistantPage({
      state,
      data,
      ports,
      protocols,
      status,
      now: Date.now(),
      provider: helpOwner(providers),
    });
    // An address is personal; a domain check holds DNS answers, which no cache may keep past their TTL.
    return htmlPage(request, page, locale, {
      status: mistaken ? 400 : 200,
      personal: state.email !== undefined || state.domain !== undefined,
      live: true,
    });
  });
};
