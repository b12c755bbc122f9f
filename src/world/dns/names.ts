/**
 * Which names may be looked up: a host name (lib/host-name.ts, so never an IP literal or a single
 * label), optionally behind service labels such as `_imaps._tcp.` or `_ua-auto-config.`, which the
 * checks put in front of a domain themselves.
 */
import { isValidHostName } from '../../lib/host-name.js';

const SERVICE_LABEL = /^_[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;

/** True when `name` is a host name, with or without leading `_service` labels. */
export function isLookupName(name: string): boolean {
  const labels = name.split('.');
  let first = 0;
  while (first < labels.length && SERVICE_LABEL.test(labels[first] ?? '')) first += 1;
  return isValidHostName(labels.slice(first).join('.'));
}
