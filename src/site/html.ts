/**
 * Writing text into HTML: every page we render puts catalog text and caller input through here,
 * so none of it can open an element or end an attribute.
 */

/** `text` with the five characters that mean something in HTML written as character references. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
