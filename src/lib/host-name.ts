/**
 * Host-name syntax (RFC 1123 labels in their ASCII form), shared by the catalog check and the
 * address parser so that both accept exactly the same names.
 */

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;
const MAX_HOST_NAME_LENGTH = 253;

/**
 * True when `name` is a fully qualified host name in ASCII form: at least two dot-separated
 * labels of letters, digits and inner hyphens, 63 characters each at most, 253 in all, and a
 * top-level label that is not all digits (so an IPv4 address is not taken for a name).
 */
export function isValidHostName(name: string): boolean {
  if (name.length === 0 || name.length > MAX_HOST_NAME_LENGTH) return false;
  const labels = name.split('.');
  if (labels.length < 2) return false;
  if (!labels.every((label) => LABEL.test(label))) return false;
  return !/^\d+$/.test(labels[labels.length - 1] ?? '');
}
