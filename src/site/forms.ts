/**
 * What the assistant's forms and links share. Each keeps the page's state: a form carries what it
 * does not ask for, a link names the state in its URL. The address is the exception: it never
 * goes into a URL (history, server logs and caches keyed by URL keep those), so while the page
 * shows one, its forms are POSTs that carry it in their body, and its links are buttons that
 * submit it from one hidden form (`stateForm`) to the URL the link would have had.
 */
import { ASSISTANT_PATH } from '../paths.js';
import { escapeHtml } from './html.js';
import { assistantQuery, PARAMETERS, type AssistantState } from './state.js';

/** Marks the forms and links the page's script answers without reloading. */
export const ENHANCED = 'data-assistant';

/** The id of the hidden form that carries the address for the links that keep it. */
export const STATE_FORM_ID = 'assistant-state';

/** A hidden field. */
const hidden = (name: string, value: string) =>
  `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`;

/** The assistant's state as hidden fields, leaving out the parameters the form asks for itself. */
function hiddenFields(state: AssistantState, asked: readonly string[]): string {
  const kept = [...new URLSearchParams(assistantQuery(state))].filter(([name]) => !asked.includes(name));
  if (state.email !== undefined && !asked.includes(PARAMETERS.email)) kept.push([PARAMETERS.email, state.email]);
  return kept.map(([name, value]) => hidden(name, value)).join('');
}

/**
 * A form to the assistant around `fields`, keeping the state the form does not ask for: a POST
 * when it asks for the address or carries one (its answer is then `no-store`), else a GET. Its
 * action ends in `#section`, so that without the script the reloaded page opens at the answer.
 */
export function assistantForm(
  state: AssistantState,
  asked: readonly string[],
  fields: string,
  section: string,
  attributes = '',
): string {
  const personal = state.email !== undefined || asked.includes(PARAMETERS.email);
  return `<form method="${personal ? 'post' : 'get'}" action="${ASSISTANT_PATH}#${section}" ${ENHANCED}${attributes}>
${fields}
${hiddenFields(state, asked)}
</form>`;
}

/** The hidden form the links of a page showing an address submit it with; empty without one. */
export function stateForm(state: AssistantState): string {
  if (state.email === undefined) return '';
  return `<form id="${STATE_FORM_ID}" method="post" action="${ASSISTANT_PATH}" hidden>${hidden(PARAMETERS.email, state.email)}</form>`;
}

/**
 * A link to `href` (the assistant in another state, its address left out): an `<a>`, or while
 * the page shows an address a button that looks like one and POSTs the address to `href`.
 * `attributes` go on either (the script's mark, a language).
 */
export function stateLink(state: AssistantState, href: string, label: string, attributes = ''): string {
  if (state.email === undefined) return `<a href="${escapeHtml(href)}"${attributes}>${escapeHtml(label)}</a>`;
  return `<button type="submit" class="link" form="${STATE_FORM_ID}" formaction="${escapeHtml(href)}"${attributes}>${escapeHtml(label)}</button>`;
}

/**
 * A link to the assistant in `state`, which the script follows without reloading; without the
 * script the new page opens at `#section`.
 */
export function assistantLink(state: AssistantState, label: string, section: string): string {
  return stateLink(state, `${ASSISTANT_PATH}${assistantQuery(state)}#${section}`, label, ` ${ENHANCED}`);
}

/**
 * The error to show at the field `name`: `empty` when its form was sent with it empty, else the
 * message of the API's answer to it, if that was an error.
 */
export function fieldError(
  state: AssistantState,
  name: NonNullable<AssistantState['blank']>,
  empty: string,
  answer: { readonly ok: boolean; readonly message?: string } | undefined,
): string | undefined {
  if (state.blank === name) return empty;
  return answer?.ok === false ? answer.message : undefined;
}

/** What `inputWithButton` shows. */
interface InputField {
  /** The input's id and name. */
  readonly name: string;
  readonly label: string;
  readonly value: string;
  readonly hint: string;
  readonly button: string;
  /** The error the value caused, said to the reader; undefined when there is none. */
  readonly error: string | undefined;
  /** More attributes of the input (`inputmode`, `autocomplete`). */
  readonly attributes?: string;
}

/** A labelled text input with its submit button, its hint, and the error its value caused. */
export function inputWithButton({ name, label, value, hint, button, error, attributes = '' }: InputField): string {
  const describedBy = error === undefined ? `${name}-hint` : `${name}-hint ${name}-error`;
  return `<label for="${name}">${escapeHtml(label)}</label>
<div class="inline">
<input id="${name}" name="${name}" type="text"${attributes} autocapitalize="none" spellcheck="false" value="${escapeHtml(value)}" aria-describedby="${describedBy}"${error === undefined ? '' : ' aria-invalid="true"'}>
<button type="submit">${escapeHtml(button)}</button>
</div>
<p id="${name}-hint" class="hint">${escapeHtml(hint)}</p>${error === undefined ? '' : `\n<p id="${name}-error" class="error">${escapeHtml(error)}</p>`}`;
}
