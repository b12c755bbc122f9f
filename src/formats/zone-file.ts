/**
 * Zone-file text (RFC 1035 master files) as a DNS administrator pastes it: comment lines saying
 * what the records are for, then one record a line, owners padded to one width so the columns
 * line up.
 */

/** One resource record: its absolute owner name, its type, and its data as the zone writes it. */
export interface ZoneRecord {
  readonly owner: string;
  readonly type: 'SRV' | 'CNAME' | 'TXT';
  readonly data: string;
}

/** An hour: short enough that a corrected record spreads within the morning. */
const ZONE_TTL = 3600;

/** `hostName` as a zone file writes an absolute name. */
export const absolute = (hostName: string) => `${hostName.replace(/\.$/, '')}.`;

/** `text` as one quoted character-string of a TXT record. */
export const quoted = (text: string) => `"${text.replace(/["\\]/g, '\\$&')}"`;

/** `comments` as comment lines, then `records`, and a final newline. */
export function zoneText(comments: readonly string[], records: readonly ZoneRecord[]): string {
  const width = Math.max(...records.map((r) => r.owner.length));
  return [
    ...comments.map((comment) => `; ${comment}`),
    ...records.map((r) => `${r.owner.padEnd(width)} ${ZONE_TTL} IN ${r.type} ${r.data}`),
    '',
  ].join('\n');
}
