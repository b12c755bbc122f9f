/**
 * Thunderbird for Android's rules for reading an autoconfig document, ported as checks (not as
 * code) from the app's own reader, thunderbird/thunderbird-android
 * `feature/autodiscovery/autoconfig/src/main/kotlin/app/k9mail/autodiscovery/autoconfig/RealAutoconfigParser.kt`
 * (as of commit f88679b1905a134bec3359172025064e239db3f1), with the host-name test it calls
 * (`core/common/src/commonMain/kotlin/net/thunderbird/core/common/net/HostNameUtils.kt`), the
 * `Hostname.kt` and `Port.kt` value classes beside it, and `RealAutoconfigFetcher.kt`, which
 * configures the account from the first server of each kind.
 *
 * The app refuses the whole document, with the message given here, when:
 * - the root element is not `clientConfig`, or it has no `emailProvider` child;
 * - `emailProvider` has no `id`, or the id (trimmed) is no legal host name or IP address;
 * - no `domain` child, placeholders filled in and trimmed, is a legal host name or IP address
 *   (the others are passed over);
 * - any `incomingServer type="imap"` or `outgoingServer type="smtp"` is faulty, even when an
 *   earlier one was fine; other types (POP3) are skipped unread. A server is faulty when
 *   `hostname`, `port`, `username` or `socketType` is missing or holds an element; the host
 *   name, placeholders filled in, is no legal host name or IP address (the app tests it trimmed,
 *   then builds a `Hostname` from it untrimmed, which throws on surrounding white space); the port
 *   is not a decimal integer in 0..65535, or is 0 (`Port` takes 1..65535); `socketType` is neither
 *   `SSL` nor `STARTTLS` (so `plain` fails the document); or no `authentication` is one of
 *   `OAuth2`, `password-cleartext`, `password-encrypted` (other values are passed over). The user
 *   name may be any text;
 * - there is no IMAP or no SMTP server.
 * Placeholders are `%EMAILDOMAIN%` (lower case), `%EMAILLOCALPART%` and `%EMAILADDRESS%`, filled in
 * that order. The app's pull parser does not process namespaces, so names compare as written, and
 * it joins the text of an element across comments.
 */
import type { Document, Element, Node } from '@xmldom/xmldom';
import { children, parseXml } from './documents.js';

/** What the app keeps of one server, in its own terms. */
export interface AndroidServerSettings {
  readonly hostname: string;
  readonly port: number;
  readonly connectionSecurity: 'TLS' | 'StartTLS';
  readonly authenticationTypes: readonly string[];
  readonly username: string;
}

/** The servers the app sets the account up with: the first IMAP and the first SMTP server. */
export interface AndroidAccountSettings {
  readonly incoming: AndroidServerSettings;
  readonly outgoing: AndroidServerSettings;
}

/** The app's refusal of a document, with its own message. */
export class AndroidAutoconfigError extends Error {
  override name = 'AndroidAutoconfigError';
}

const refuse = (message: string): never => {
  throw new AndroidAutoconfigError(message);
};

const CONNECTION_SECURITY: Readonly<Record<string, AndroidServerSettings['connectionSecurity']>> = {
  SSL: 'TLS',
  STARTTLS: 'StartTLS',
};
const AUTHENTICATION_TYPES = ['OAuth2', 'password-cleartext', 'password-encrypted'];

const LDH_LABEL = '([a-z0-9]|[a-z0-9][a-z0-9-]{0,61}[a-z0-9])';
const HOST_NAME = new RegExp(`^(${LDH_LABEL}\\.)*${LDH_LABEL}\\.?$`, 'i');
const IPV4_COMPONENT = /^(0|[1-9][0-9]{0,2})$/;
const IPV6_COMPONENT = /^[0-9a-f]{1,4}$/;

function isLegalIPv4(text: string): boolean {
  const parts = text.split('.');
  return (
    parts.length === 4 &&
    parts.every((part) => IPV4_COMPONENT.test(part) && Number(part) <= 255) &&
    Number(parts[0]) !== 0
  );
}

/** Eight hex groups after expanding one `::` and a dotted IPv4 tail, not all zero. */
function isLegalIPv6(text: string): boolean {
  let parts = text.toLowerCase().split(':');
  if (parts.length < 3) return false;
  const last = parts[parts.length - 1] ?? '';
  if (isLegalIPv4(last)) {
    const [a = 0, b = 0, c = 0, d = 0] = last.split('.').map(Number);
    parts = [...parts.slice(0, -1), ((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
  }
  const inner = parts.slice(1, -1);
  if (inner.filter((part) => part === '').length > 1) return false;
  const gap = inner.indexOf('') + 1;
  const groups =
    gap === 0
      ? parts
      : [...parts.slice(0, gap), ...Array<string>(Math.max(0, 9 - parts.length)).fill('0'), ...parts.slice(gap + 1)];
  if (groups.length !== 8 || !groups.every((group) => group === '' || IPV6_COMPONENT.test(group))) return false;
  return groups.some((group) => group !== '' && parseInt(group, 16) !== 0);
}

const isLegalHostNameOrIP = (text: string) =>
  isLegalIPv4(text) || isLegalIPv6(text) || (text.length <= 255 && HOST_NAME.test(text));

/** The app's test of host names it reads: trimmed first. */
const isValidHostname = (text: string) => isLegalHostNameOrIP(text.trim());

/** The element children of `parent` named `name` as written, prefix and all. */
const named = (parent: Element, name: string) => children(parent).filter((e) => e.tagName === name);

/** The text of an element that may hold nothing but text. */
function readText(element: Element): string {
  let text = '';
  for (const node of Array.from(element.childNodes as unknown as ArrayLike<Node>)) {
    if (node.nodeType === node.ELEMENT_NODE) refuse('Expected text, but got START_TAG');
    if (node.nodeType === node.TEXT_NODE || node.nodeType === node.CDATA_SECTION_NODE) text += node.nodeValue ?? '';
  }
  return text;
}

function readPort(element: Element): number {
  const text = readText(element);
  const port = /^[+-]?[0-9]+$/.test(text) ? Number(text) : NaN;
  return port >= 0 && port <= 65535 ? port : refuse(`Invalid 'port' value: '${text}'`);
}

/** The fields of a server, read wherever they sit below it: the app skips no unknown element there. */
function readServer(server: Element, fill: (text: string) => string): AndroidServerSettings {
  let hostname: string | undefined;
  let port: number | undefined;
  let username: string | undefined;
  let connectionSecurity: AndroidServerSettings['connectionSecurity'] | undefined;
  const authenticationTypes: string[] = [];
  const visit = (parent: Element) => {
    for (const field of children(parent)) {
      if (field.tagName === 'hostname') {
        const text = readText(field);
        hostname = isValidHostname(fill(text)) ? fill(text) : refuse(`Invalid 'hostname' value: '${text}'`);
      } else if (field.tagName === 'port') port = readPort(field);
      else if (field.tagName === 'username') username = fill(readText(field));
      else if (field.tagName === 'socketType') {
        const text = readText(field);
        connectionSecurity = CONNECTION_SECURITY[text] ?? refuse(`Unknown 'socketType' value: '${text}'`);
      } else if (field.tagName === 'authentication') {
        const text = readText(field);
        if (AUTHENTICATION_TYPES.includes(text)) authenticationTypes.push(text);
      } else visit(field);
    }
  };
  visit(server);
  const settings = {
    hostname: hostname ?? refuse("Missing 'hostname' element"),
    port: port ?? refuse("Missing 'port' element"),
    username: username ?? refuse("Missing 'username' element"),
    authenticationTypes:
      authenticationTypes.length > 0 ? authenticationTypes : refuse("No usable 'authentication' element found"),
    connectionSecurity: connectionSecurity ?? refuse("Missing 'socketType' element"),
  };
  // The value classes the settings are built from check again, untrimmed and from port 1.
  if (!isLegalHostNameOrIP(settings.hostname)) refuse(`Not a valid domain or IP: '${settings.hostname}'`);
  if (settings.port === 0) refuse('Not a valid port number: 0');
  return settings;
}

function readEmailProvider(provider: Element, fill: (text: string) => string): AndroidAccountSettings {
  const id = provider.getAttribute('id');
  if (id === null) refuse("Missing 'emailProvider.id' attribute");
  else if (!isValidHostname(id)) refuse("Invalid 'emailProvider.id' attribute");
  let domainFound = false;
  const incoming: AndroidServerSettings[] = [];
  const outgoing: AndroidServerSettings[] = [];
  for (const element of children(provider)) {
    if (element.tagName === 'domain') {
      // Each domain is read, so one holding an element fails the document even after a valid one.
      const valid = isValidHostname(fill(readText(element)));
      domainFound ||= valid;
    } else if (element.tagName === 'incomingServer' && element.getAttribute('type') === 'imap')
      incoming.push(readServer(element, fill));
    else if (element.tagName === 'outgoingServer' && element.getAttribute('type') === 'smtp')
      outgoing.push(readServer(element, fill));
  }
  if (!domainFound) refuse("Valid 'domain' element required");
  return {
    incoming: incoming[0] ?? refuse("No supported 'incomingServer' element found"),
    outgoing: outgoing[0] ?? refuse("No supported 'outgoingServer' element found"),
  };
}

/**
 * The account Thunderbird for Android sets up from the autoconfig document `xml` for the address
 * its user typed, `emailAddress`.
 * @throws AndroidAutoconfigError with the app's message where the app refuses the document
 */
export function readAsThunderbirdForAndroid(xml: string, emailAddress: string): AndroidAccountSettings {
  const at = emailAddress.lastIndexOf('@');
  const localPart = emailAddress.slice(0, at);
  const domain = emailAddress.slice(at + 1).toLowerCase();
  const fill = (text: string) =>
    text
      .replaceAll('%EMAILDOMAIN%', domain)
      .replaceAll('%EMAILLOCALPART%', localPart)
      .replaceAll('%EMAILADDRESS%', emailAddress);
  let document: Document;
  try {
    document = parseXml(xml);
  } catch {
    return refuse('Error parsing Autoconfig XML');
  }
  const root = document.documentElement;
  if (root?.tagName !== 'clientConfig') return refuse("Missing 'clientConfig' element");
  // Every emailProvider is read, so any of them can fail the document; the last one counts.
  const providers = named(root, 'emailProvider').map((provider) => readEmailProvider(provider, fill));
  return providers.at(-1) ?? refuse("Missing 'emailProvider' element");
}
