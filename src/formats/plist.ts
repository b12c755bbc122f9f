/**
 * Apple XML property lists, the format of configuration profiles. Keys are written in the order
 * given, so the same value always gives the same bytes.
 */
import { element, renderXml, type XmlNode } from './xml.js';

export type PlistValue = string | number | boolean | readonly PlistValue[] | { readonly [key: string]: PlistValue };

const DOCTYPE =
  '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">';

function node(value: PlistValue): XmlNode {
  if (typeof value === 'string') return element('string', value);
  if (typeof value === 'boolean') return element(value ? 'true' : 'false');
  if (typeof value === 'number') {
    // Profiles hold only ports and versions; a fraction here would be a programming error.
    if (!Number.isSafeInteger(value)) throw new Error(`Only integers are written to a plist, not ${value}`);
    return element('integer', value);
  }
  if (Array.isArray(value)) return element('array', value.map(node));
  return element(
    'dict',
    Object.entries(value).flatMap(([key, item]) => [element('key', key), node(item)]),
  );
}

/** `value` as an XML property list document. */
export function renderPlist(value: PlistValue): string {
  return renderXml(element('plist', node(value), { version: '1.0' }), DOCTYPE);
}
