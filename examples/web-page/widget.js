// A mail-settings widget for a partner's page, in plain browser JavaScript: the Mail Settings API
// from another origin with fetch, in the reader's language, cacheable where that is safe, and
// with every kind of failure shown in words. Open index.html?api=https://settings.example.net
// (by default the API of `npm start`).

const API = new URL('/graphql', new URLSearchParams(location.search).get('api') ?? 'http://127.0.0.1:8787');
// The GraphQL-over-HTTP media type: errors come with 4xx statuses, so `response.ok` means something.
const ACCEPT = 'application/graphql-response+json, application/json;q=0.9';

const PORTS = `query WidgetPorts($locale: Locale) {
  endpoints(filter: { advice: RECOMMENDED }, locale: $locale) { endpointId protocol hostName port securityLabel }
}`;

const LOOKUP = `query WidgetLookup($email: String!, $situation: Situation!, $locale: Locale) {
  recommendedSettings(emailAddress: $email, situation: $situation, locale: $locale) {
    recommendation { incomingProtocol reasons { text } }
    settings {
      userName
      incoming { hostName port securityLabel }
      outgoing { hostName port securityLabel }
    }
  }
}`;

const TEXTS = {
  EN: {
    loading: 'Loading…',
    offline: 'The settings service cannot be reached. Check your connection and try again.',
    incoming: 'Incoming',
    outgoing: 'Outgoing',
    userName: 'User name',
    protocol: 'Protocol',
  },
  DE: {
    loading: 'Wird geladen …',
    offline: 'Der Einstellungsdienst ist nicht erreichbar. Prüfen Sie die Verbindung und versuchen Sie es erneut.',
    incoming: 'Posteingang',
    outgoing: 'Postausgang',
    userName: 'Benutzername',
    protocol: 'Protokoll',
  },
};

/** Thrown for an answer without usable data: its message is meant for the reader. */
class ApiError extends Error {}

/**
 * Sends `query` and returns the whole GraphQL answer ({ data, errors }). The port table goes as a
 * GET, which the browser's and the CDN's caches may keep (the API sends Cache-Control and an
 * ETag); anything naming an email address goes as a POST, so no cache or log keeps the address in
 * a URL.
 */
async function graphql(query, variables, { cacheable }) {
  let response;
  try {
    if (cacheable) {
      const url = new URL(API);
      url.searchParams.set('query', query);
      url.searchParams.set('variables', JSON.stringify(variables));
      response = await fetch(url, { headers: { Accept: ACCEPT } });
    } else {
      response = await fetch(API, {
        method: 'POST',
        headers: { Accept: ACCEPT, 'Content-Type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
    }
  } catch {
    throw new ApiError(TEXTS[language()].offline);
  }
  const answer = await response.json().catch(() => undefined);
  // A refused request (400, 429, …) still explains itself in `errors`; a field's own error comes
  // with a 200 and partial data, which the caller uses.
  if (answer?.data == null) throw new ApiError(answer?.errors?.[0]?.message ?? `HTTP ${response.status}`);
  return answer;
}

const $ = (id) => document.getElementById(id);
const language = () => $('language').value;

function showStatus(element, text, isError = false) {
  element.textContent = text;
  element.classList.toggle('error', isError);
}

async function loadPorts() {
  showStatus($('ports-status'), TEXTS[language()].loading);
  try {
    const { data } = await graphql(PORTS, { locale: language() }, { cacheable: true });
    const rows = data.endpoints.map(({ protocol, hostName, port, securityLabel }) => {
      const row = document.createElement('tr');
      for (const text of [protocol, hostName, String(port), securityLabel]) row.insertCell().textContent = text;
      return row;
    });
    $('ports').tBodies[0].replaceChildren(...rows);
    $('ports').hidden = false;
    showStatus($('ports-status'), '');
  } catch (error) {
    showStatus($('ports-status'), error.message, true);
  }
}

async function lookUp(event) {
  event.preventDefault();
  const t = TEXTS[language()];
  showStatus($('settings-status'), t.loading);
  $('settings').hidden = true;
  try {
    const { data, errors } = await graphql(
      LOOKUP,
      {
        email: $('email').value,
        situation: { deviceCount: Number($('devices').value), wantsOfflineCopies: $('offline').checked },
        locale: language(),
      },
      { cacheable: false },
    );
    // A typo makes this one field null and says why in the reader's language (BAD_USER_INPUT).
    if (data.recommendedSettings === null) throw new ApiError(errors?.[0]?.message ?? '');
    const { recommendation, settings } = data.recommendedSettings;
    const server = ({ hostName, port, securityLabel }) => `${hostName}:${port} (${securityLabel})`;
    const entries = [
      [t.protocol, recommendation.incomingProtocol],
      [t.userName, settings.userName],
      [t.incoming, server(settings.incoming)],
      [t.outgoing, server(settings.outgoing)],
    ];
    $('settings').replaceChildren(
      ...entries.flatMap(([term, detail]) => {
        const dt = document.createElement('dt');
        const dd = document.createElement('dd');
        dt.textContent = term;
        dd.textContent = detail;
        return [dt, dd];
      }),
    );
    $('settings').hidden = false;
    showStatus($('settings-status'), recommendation.reasons.map((reason) => reason.text).join(' '));
  } catch (error) {
    showStatus($('settings-status'), error.message, true);
  }
}

$('lookup').addEventListener('submit', lookUp);
$('language').addEventListener('change', () => {
  document.documentElement.lang = language().toLowerCase();
  void loadPorts();
});
void loadPorts();
