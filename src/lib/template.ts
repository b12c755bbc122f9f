/**
 * Fills `{name}` placeholders in catalog texts. The catalog check guarantees every placeholder in a
 * text is one its reader supplies, so a missing value here is a programming error.
 */

/** `text` with each `{name}` replaced by `values[name]`. */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{([^{}]*)\}/g, (token, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`No value for placeholder ${token}`);
    return String(value);
  });
}

/** The placeholder names used in `text`. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(/\{([^{}]*)\}/g)].map((match) => match[1] ?? '');
}
