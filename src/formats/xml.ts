/**
 * Writing XML documents with fast-xml-builder, which escapes every text and attribute value, so
 * no catalog text or caller input can break out of its element. Elements are built in order
 * (the builder's `preserveOrder` form), as plists and Autodiscover readers depend on order.
 */
import XMLBuilder from 'fast-xml-builder';

/** One element, or a text node (`#text`), in the builder's ordered form. */
export type XmlNode = Readonly<Record<string, unknown>>;

type Child = XmlNode | string | number;

/** The element `<name>` holding `children` (text or elements), with `attributes`. */
export function element(
  name: string,
  children: Child | readonly Child[] = [],
  attributes: Readonly<Record<string, string>> = {},
): XmlNode {
  const list = Array.isArray(children) ? children : [children];
  const content = list.map((child: Child) => (typeof child === 'object' ? child : { '#text': String(child) }));
  const named = Object.entries(attributes).map(([key, value]) => [`@_${key}`, value] as const);
  return named.length === 0 ? { [name]: content } : { [name]: content, ':@': Object.fromEntries(named) };
}

const builder = new XMLBuilder({
  preserveOrder: true,
  ignoreAttributes: false,
  format: true,
  suppressEmptyNode: true,
  // Off so that `true` attribute values are written out; none of our documents has one, but the
  // builder's HTML-style shortcut is never valid XML.
  suppressBooleanAttributes: false,
});

/** The XML declaration, an optional `doctype` line, and `root`, indented, ending in a newline. */
export function renderXml(root: XmlNode, doctype?: string): string {
  const body = builder.build([root]).trim();
  const head = ['<?xml version="1.0" encoding="UTF-8"?>', ...(doctype === undefined ? [] : [doctype])];
  return `${[...head, body].join('\n')}\n`;
}
