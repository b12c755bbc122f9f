/**
 * The assistant's script, which enhances a page that works without it: its forms and links are
 * answered without reloading (the same operations the server runs, sent as GETs by hash or, for
 * an address, as a POST, and the same renderers), the URL follows so Back and bookmarks work, and
 * the copy buttons appear. The address is kept in this script's memory only, never in the URL or
 * the history's state. Anything that fails falls back to loading the page the way it would load
 * without the script.
 */
import { ASSISTANT_PATH, GRAPHQL_PATH } from '../../paths.js';
import { loadAssistant } from '../api-client/assistant.js';
import { ACCEPT, persistedRunner } from '../api-client/persisted-get.js';
import { LOCALES } from '../../catalog/types.js';
import { DEFAULT_LOCALE } from '../../domain/locale.js';
import { ASSISTANT_SECTIONS } from '../assistant.js';
import { ENHANCED, STATE_FORM_ID } from '../forms.js';
import { COPY_ATTRIBUTE, COPY_STATUS_ID } from '../settings.js';
import { assistantParameters, assistantQuery, assistantState, PARAMETERS, type AssistantState } from '../state.js';
import { pageTexts } from '../texts.js';

const locale = LOCALES.find((known) => known === document.documentElement.lang) ?? DEFAULT_LOCALE;
const t = pageTexts(locale);

/** How long a copy button says it copied. */
const COPIED_FOR_MS = 2000;

const run = persistedRunner(async (search, post) => {
  const response =
    post === undefined
      ? await fetch(`${GRAPHQL_PATH}?${search.toString()}`, { headers: { Accept: ACCEPT } })
      : await fetch(GRAPHQL_PATH, {
          method: 'POST',
          headers: { Accept: ACCEPT, 'Content-Type': 'application/json' },
          body: post.body,
        });
  return response.json();
});

/** The address the page shows, if any: what Back and Forward keep showing, as no URL holds it. */
let shownEmail = document.querySelector<HTMLInputElement>(`#${STATE_FORM_ID} input[name="${PARAMETERS.email}"]`)?.value;

/** Loads the assistant in `state` as the page would without this script: a GET, or a POST carrying the address. */
function load(state: AssistantState): void {
  const href = `${ASSISTANT_PATH}${assistantQuery(state)}`;
  if (state.email === undefined) {
    window.location.assign(href);
    return;
  }
  const form = document.createElement('form');
  form.method = 'post';
  form.action = href;
  const field = document.createElement('input');
  field.type = 'hidden';
  field.name = PARAMETERS.email;
  field.value = state.email;
  form.append(field);
  document.body.append(form);
  form.submit();
}

/** Shows the copy buttons, which need the clipboard and so this script. */
function revealCopyButtons(): void {
  if (navigator.clipboard === undefined) return;
  document.querySelectorAll(`button[${COPY_ATTRIBUTE}][hidden]`).forEach((button) => button.removeAttribute('hidden'));
}

/** Moves focus to what changed in the section `sectionId`: a field in error, else its answer or heading. */
function focusIn(sectionId: string): void {
  const section = document.getElementById(sectionId);
  const target =
    section?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
    section?.querySelector<HTMLElement>('h3[tabindex="-1"]') ??
    section?.querySelector<HTMLElement>('h2');
  if (target === null || target === undefined) return;
  if (!target.matches('input') && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus();
}

/** Renders the assistant in `state` in place; `from` is the section the reader acted in. */
async function show(state: AssistantState, from: string | undefined, push: boolean): Promise<void> {
  let data;
  try {
    data = await loadAssistant(run, state);
  } catch {
    load(state);
    return;
  }
  shownEmail = state.email;
  // A guide the reader opened stays open when its section is rendered again.
  const opened: string[] = [];
  document.querySelectorAll('details[open]').forEach((details) => opened.push(details.id));
  for (const section of ASSISTANT_SECTIONS) {
    const element = document.getElementById(section.id);
    if (element !== null) element.outerHTML = section.render(state, data);
  }
  for (const id of opened) document.getElementById(id)?.setAttribute('open', '');
  revealCopyButtons();
  // The URL without the address (assistantQuery leaves it out), and no history state with it.
  if (push) window.history.pushState(null, '', `${ASSISTANT_PATH}${assistantQuery(state)}`);
  if (from !== undefined) focusIn(from);
}

/** True for the assistant's own forms and links, which this script answers. */
const enhanced = (element: Element | null): element is HTMLElement => element?.hasAttribute(ENHANCED) === true;

document.addEventListener('submit', (event) => {
  const form = event.target as HTMLFormElement;
  const submitter = event.submitter as HTMLButtonElement | null;
  // The assistant's own forms, and the buttons that stand for its links while it shows an address.
  if (!enhanced(form) && !enhanced(submitter)) return;
  event.preventDefault();
  const url = new URL(submitter?.formAction || form.action);
  const body = new URLSearchParams();
  new FormData(form, submitter).forEach((value, name) => body.append(name, typeof value === 'string' ? value : ''));
  const state = assistantState(assistantParameters(url.searchParams, body), locale);
  void show(state, (submitter ?? form).closest('section')?.id, true);
});

document.addEventListener('click', (event) => {
  const target = event.target as Element;
  const link = target.closest('a');
  if (enhanced(link) && event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey) {
    event.preventDefault();
    void show(assistantState(new URL(link.href).searchParams, locale), link.closest('section')?.id, true);
    return;
  }
  const button = target.closest(`button[${COPY_ATTRIBUTE}]`);
  if (button === null) return;
  const status = document.getElementById(COPY_STATUS_ID);
  const value = button.getAttribute(COPY_ATTRIBUTE) ?? '';
  navigator.clipboard.writeText(value).then(
    () => {
      if (status !== null) status.textContent = `${t('copied')}: ${value}`;
      button.textContent = t('copied');
      button.classList.add('done');
      window.setTimeout(() => {
        button.textContent = t('copy');
        button.classList.remove('done');
      }, COPIED_FOR_MS);
    },
    // Without the clipboard's permission the value stays on screen, to be selected by hand.
    () => undefined,
  );
});

window.addEventListener('popstate', () => {
  const state = assistantState(new URL(window.location.href).searchParams, locale);
  void show({ ...state, email: shownEmail }, undefined, false);
});

revealCopyButtons();
