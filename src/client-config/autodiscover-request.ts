/**
 * Reading an Outlook POX Autodiscover request. The body comes from anyone on the internet, so it
 * is parsed by saxes, a strict, non-validating XML parser that never loads external resources,
 * and any document type declaration is refused outright: without a DTD there are no entities to
 * expand (billion laughs) and no external entities to resolve (XXE). Anything but a well-formed
 * request is an `AutodiscoverRequestError`.
 */
import { SaxesParser } from 'saxes';
import { OUTLOOK_RESPONSE_SCHEMA, type AutodiscoverErrorCode } from '../formats/autodiscover.js';

const REQUEST_SCHEMA = 'http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006';

export class AutodiscoverRequestError extends Error {
  constructor(
    readonly code: AutodiscoverErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AutodiscoverRequestError';
  }
}

interface AutodiscoverRequest {
  /** The `EMailAddress` as sent, white space trimmed; not yet checked as an address. */
  readonly emailAddress: string;
}

const invalid = (message: string) => new AutodiscoverRequestError(600, message);

/** The element path (local names) whose text we read, and where the schema is named. */
const EMAIL_PATH = 'Autodiscover/Request/EMailAddress';
const SCHEMA_PATH = 'Autodiscover/Request/AcceptableResponseSchema';

/** The text of every element on `wanted` paths, and the namespace of the root element. */
function readElements(xml: string, wanted: readonly string[]): { texts: Map<string, string>; rootNamespace: string } {
  const parser = new SaxesParser({ xmlns: true, position: false });
  const path: string[] = [];
  const texts = new Map<string, string>();
  let rootNamespace = '';
  parser.on('doctype', () => {
    throw invalid('Document type declarations are not accepted.');
  });
  parser.on('opentag', (tag) => {
    if (path.length === 0) rootNamespace = tag.uri;
    path.push(tag.local);
  });
  parser.on('closetag', () => {
    path.pop();
  });
  parser.on('text', (text) => {
    const at = path.join('/');
    if (wanted.includes(at)) texts.set(at, (texts.get(at) ?? '') + text);
  });
  parser.on('error', (error) => {
    throw invalid(`The request is not well-formed XML: ${error.message}`);
  });
  parser.write(xml).close();
  return { texts, rootNamespace };
}

/**
 * The request in `xml`.
 * @throws AutodiscoverRequestError 600 for anything but a well-formed Autodiscover request with an
 * address, 601 when it asks for a response schema other than Outlook's POX schema
 */
export function parseAutodiscoverRequest(xml: string): AutodiscoverRequest {
  const { texts, rootNamespace } = readElements(xml, [EMAIL_PATH, SCHEMA_PATH]);
  if (rootNamespace !== REQUEST_SCHEMA)
    throw invalid(`The root element must be Autodiscover in the namespace ${REQUEST_SCHEMA}.`);
  const schema = texts.get(SCHEMA_PATH)?.trim();
  if (schema !== undefined && schema !== OUTLOOK_RESPONSE_SCHEMA) {
    throw new AutodiscoverRequestError(601, `Only the response schema ${OUTLOOK_RESPONSE_SCHEMA} is available.`);
  }
  const emailAddress = texts.get(EMAIL_PATH)?.trim() ?? '';
  if (emailAddress === '') throw invalid('The request names no EMailAddress.');
  return { emailAddress };
}
