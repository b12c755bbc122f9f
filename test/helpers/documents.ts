/**
 * Reading the client documents the way clients do: XML with a real DOM parser (@xmldom/xmldom),
 * property lists with the `plist` package, zone text field by field.
 */
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { parse as parsePlistText } from 'plist';
import { fetchWorker } from './client.js';

/** `text` as an XML document; any parse error or warning fails the test. */
export function parseXml(text: string): Document {
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`XML ${level}: ${message}`);
    },
  }).parseFromString(text, 'text/xml');
}

/** The direct child elements of `parent` named `name` (any namespace). */
export function children(parent: Element | Document, name?: string): Element[] {
  const nodes = Array.from(parent.childNodes as unknown as ArrayLike<Element>).filter((n) => n.nodeType === 1);
  return name === undefined ? nodes : nodes.filter((n) => n.localName === name);
}

/** The one direct child element `name` of `parent`; fails when there is not exactly one. */
export function child(parent: Element | Document, name: string): Element {
  const found = children(parent, name);
  if (found.length !== 1)
    throw new Error(`Expected one <${name}> in <${(parent as Element).localName}>, found ${found.length}`);
  return found[0] as Element;
}

/** The text of the child element `name` of `parent`. */
export const textOf = (parent: Element, name: string): string => child(parent, name).textContent ?? '';

/**
 * `text` as a property list; the profile's top level is a dictionary. workerd resolves `plist` to
 * its browser build, which reads with the global DOMParser that browsers have and workerd does
 * not: xmldom's stands in for it.
 */
export function parsePlist(text: string): Record<string, any> {
  (globalThis as { DOMParser?: unknown }).DOMParser ??= DOMParser;
  return parsePlistText(text) as Record<string, any>;
}

export interface ZoneLine {
  readonly owner: string;
  readonly ttl: number;
  readonly type: string;
  /** The record's data as written, its fields joined by one space. */
  readonly data: string;
}

export interface ZoneRecord {
  readonly owner: string;
  readonly ttl: number;
  readonly priority: number;
  readonly weight: number;
  readonly port: number;
  readonly target: string;
}

/** The records of zone-file text; comment lines are skipped, any other line must be `owner ttl IN type data`. */
export function parseZone(text: string): ZoneLine[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith(';'))
    .map((line) => {
      const [owner, ttl, cls, type, ...data] = line.trim().split(/\s+/);
      if (cls !== 'IN' || type === undefined || data.length === 0) throw new Error(`Not a record: ${line}`);
      return { owner: owner ?? '', ttl: Number(ttl), type, data: data.join(' ') };
    });
}

function srv(line: ZoneLine): ZoneRecord {
  const [priority, weight, port, target, ...rest] = line.data.split(' ');
  if (target === undefined || rest.length > 0) throw new Error(`Not an SRV record: ${line.data}`);
  return {
    owner: line.owner,
    ttl: line.ttl,
    priority: Number(priority),
    weight: Number(weight),
    port: Number(port),
    target,
  };
}

/** The SRV records of zone-file text that must hold SRV records only. */
export function parseSrvZone(text: string): ZoneRecord[] {
  return parseZone(text).map((line) => {
    if (line.type !== 'SRV') throw new Error(`Not an SRV record: ${line.owner} ${line.type}`);
    return srv(line);
  });
}

/** The SRV records among the records of zone-file text (the DNS plan has CNAME and TXT records too). */
export const srvRecordsIn = (text: string): ZoneRecord[] =>
  parseZone(text)
    .filter((line) => line.type === 'SRV')
    .map(srv);

/** A well-formed Autodiscover request for `emailAddress`, as Outlook sends it. */
export function autodiscoverRequest(
  emailAddress: string,
  schema = 'http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a',
): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006">
  <Request>
    <EMailAddress>${emailAddress}</EMailAddress>
    <AcceptableResponseSchema>${schema}</AcceptableResponseSchema>
  </Request>
</Autodiscover>`;
}

/** POSTs `body` to the Autodiscover path (as written in `path`). */
export function postAutodiscover(
  body: BodyInit,
  path = '/autodiscover/autodiscover.xml',
  headers: Record<string, string> = { 'Content-Type': 'text/xml' },
) {
  return fetchWorker(path, { method: 'POST', body, headers });
}

/**
 * The POX Autodiscover answer Outlook reaches through Autodiscover v2 for `emailAddress`: the URL
 * the v2 answer names, POSTed to as Outlook does.
 */
export async function autodiscoverThroughV2(emailAddress: string): Promise<Response> {
  const v2 = await fetchWorker(
    `/autodiscover/autodiscover.json/v1.0/${encodeURIComponent(emailAddress)}?Protocol=AutodiscoverV1`,
  );
  if (v2.status !== 200) throw new Error(`Autodiscover v2 answered ${v2.status}`);
  const { Url } = await v2.json<{ Url: string }>();
  return postAutodiscover(autodiscoverRequest(emailAddress), new URL(Url).pathname);
}
