/**
 * What the assistant's two forms share: each is a GET to `/` that carries the rest of the page's
 * state in hidden fields, so answering one keeps what the other said.
 */
import { ASSISTANT_PATH } from '../paths.js';
import { escapeHtml } from './html.js';
import { assistantQuery, type AssistantState } from './state.js';

/** Marks the forms and links the page's script answers without reloading. */
export const ENHANCED = 'data-assistant';

/** The assistant's state as hidden fields, leaving out the parameters the form asks for itself. */
function hiddenFields(state: AssistantState, asked: readonly string[]): string {
  const kept = [...new URLSearchParams(assistantQuery(state))].filter(([name]) => !asked.includes(name));
  return kept
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('');
}

/** A GET form to the assistant around `fields`, keeping the state the form does not ask for. */
export function assistantForm(
  state: AssistantState,
  asked: readonly string[],
  fields: string,
  attributes = '',
): string {
  return `<form method="get" action="${ASSISTANT_PATH}" ${ENHANCED}${attributes}>
${fields}
${hiddenFields(state, asked)}
</form>`;
}

/** A link to the assistant in `state`, which the script follows without reloading. */
export function assistantLink(state: AssistantState, label: string): string {
  return `<a href="${escapeHtml(`${ASSISTANT_PATH}${assistantQuery(state)}`)}" ${ENHANCED}>${escapeHtml(label)}</a>`;
}
