/**
 * The rules a catalog must keep, checked before every build (scripts/check-catalog.ts) and by
 * the tests. A broken rule throws a `CatalogError` naming the rule and the record, so a bad data
 * file stops the build before anything serves it.
 */
import { isValidHostName } from '../lib/host-name.js';
import { placeholdersIn } from '../lib/template.js';
import {
  ADVICES,
  LOCALES,
  PROFILE_PLACEHOLDERS,
  PROTOCOLS,
  REASON_CODES,
  REASON_GUIDE_IDS,
  REASON_PLACEHOLDERS,
  SECURITIES,
  STEP_PLACEHOLDERS,
  type CatalogData,
  type GuideData,
  type LocalizedText,
  type ProfileTextData,
  type ProtocolData,
  type ProviderData,
  type TroubleshootingData,
} from './types.js';

/** A catalog that breaks one of the rules below. */
export class CatalogError extends Error {
  constructor(
    readonly rule: string,
    readonly record: string,
    detail: string,
  ) {
    super(`Catalog rule "${rule}" is broken by ${record}: ${detail}`);
    this.name = 'CatalogError';
  }
}

function fail(rule: string, record: string, detail: string): never {
  throw new CatalogError(rule, record, detail);
}

function firstDuplicate<T>(values: readonly T[]): T | undefined {
  return values.find((value, index) => values.indexOf(value) !== index);
}

const PROVIDER_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function checkProvider(provider: ProviderData): void {
  const record = `provider "${provider.id}"`;
  if (!PROVIDER_ID.test(provider.id)) fail('provider-id-format', record, 'an id is lower-case words joined by hyphens');
  if (provider.displayName.trim() === '' || provider.shortName.trim() === '') {
    fail('provider-name-present', record, 'displayName and shortName must not be empty');
  }
  // PACC's limits, the tightest of any format: its clients may refuse a document over them.
  if (provider.displayName.length > 60 || provider.shortName.length > 20) {
    fail('provider-name-length', record, 'displayName has at most 60 characters and shortName at most 20');
  }
  if (provider.domains.length === 0) fail('provider-has-domain', record, 'a provider serves at least one domain');
  for (const domain of provider.domains) {
    if (!isValidHostName(domain) || domain !== domain.toLowerCase()) {
      fail('domain-valid', `${record}, domain "${domain}"`, 'a domain is a lower-case host name in ASCII form');
    }
  }
  if (provider.mailExchangerDomains.length === 0) {
    fail('provider-has-mail-exchanger', record, 'a provider names where its mail exchangers live');
  }
  for (const name of provider.mailExchangerDomains) {
    if (!isValidHostName(name) || name !== name.toLowerCase()) {
      fail(
        'mail-exchanger-domain-valid',
        `${record}, mail exchanger domain "${name}"`,
        'a lower-case host name in ASCII form',
      );
    }
  }
  if (provider.helpDeskUrl !== null && !URL.canParse(provider.helpDeskUrl)) {
    fail('help-desk-url-valid', record, `"${provider.helpDeskUrl}" is not an absolute URL`);
  }
  if (provider.servers.length === 0) fail('provider-has-server', record, 'a provider has at least one server');

  for (const server of provider.servers) {
    const serverRecord = `server "${server.hostName}" of ${record}`;
    if (!isValidHostName(server.hostName)) fail('host-name-valid', serverRecord, 'not a valid host name');
    const keys = server.endpoints.map((e) => `${e.protocol} ${e.security} ${e.port}`);
    const duplicate = firstDuplicate(keys);
    if (duplicate !== undefined) {
      fail('endpoint-unique', `endpoint ${duplicate} of ${serverRecord}`, 'protocol, security and port appear twice');
    }
    for (const endpoint of server.endpoints) {
      const endpointRecord = `endpoint ${endpoint.protocol} ${endpoint.security} ${endpoint.port} of ${serverRecord}`;
      if (!Number.isInteger(endpoint.port) || endpoint.port < 1 || endpoint.port > 65535) {
        fail('port-range', endpointRecord, 'a port is a whole number from 1 to 65535');
      }
      if (endpoint.security === 'NONE' && endpoint.advice === 'RECOMMENDED') {
        fail(
          'unencrypted-not-recommended',
          endpointRecord,
          'an unencrypted endpoint cannot carry the advice RECOMMENDED',
        );
      }
    }
  }

  const endpoints = provider.servers.flatMap((server) => server.endpoints);
  const offered = PROTOCOLS.filter((protocol) => endpoints.some((e) => e.protocol === protocol));
  for (const protocol of offered) {
    if (!endpoints.some((e) => e.protocol === protocol && e.security !== 'NONE')) {
      fail(
        'encrypted-endpoint-per-protocol',
        `${protocol} of ${record}`,
        'every offered protocol needs an encrypted endpoint',
      );
    }
  }
  if (!offered.includes('SMTP') || !(offered.includes('IMAP') || offered.includes('POP3'))) {
    fail('incoming-and-outgoing', record, 'a provider offers SMTP and at least one of IMAP or POP3');
  }
}

/** Checks that `text` exists in every locale and uses only the `allowed` placeholders; the page texts use it too. */
export function checkText(text: LocalizedText | undefined, record: string, allowed: readonly string[] = []): void {
  for (const locale of LOCALES) {
    const value = (text as Partial<Record<string, string>> | undefined)?.[locale];
    if (typeof value !== 'string' || value.trim() === '') {
      fail('text-in-every-locale', record, `the text has no "${locale}" version`);
    }
    for (const name of placeholdersIn(value)) {
      if (!allowed.includes(name)) {
        const expected =
          allowed.length === 0 ? 'this text takes no placeholders' : `expected one of ${allowed.join(', ')}`;
        fail('placeholder-known', record, `{${name}} is unknown here; ${expected}`);
      }
    }
  }
}

function checkProtocol(protocol: ProtocolData): void {
  const record = `protocol ${protocol.name}`;
  if (protocol.fullName.trim() === '') fail('protocol-full-name', record, 'the full name is empty');
  checkText(protocol.summary, `the summary of ${record}`);
  checkText(protocol.explanation, `the explanation of ${record}`);
  protocol.strengths.forEach((text, i) => checkText(text, `strength ${i + 1} of ${record}`));
  protocol.suitedFor.forEach((text, i) => checkText(text, `suitedFor ${i + 1} of ${record}`));
}

function checkGuide(guide: GuideData): void {
  const record = `guide "${guide.id}"`;
  checkText(guide.title, `the title of ${record}`);
  checkText(guide.summary, `the summary of ${record}`);
  guide.paragraphs.forEach((text, i) => checkText(text, `paragraph ${i + 1} of ${record}`));
  guide.steps.forEach((text, i) => checkText(text, `step ${i + 1} of ${record}`, STEP_PLACEHOLDERS));
  if (guide.kind === 'CLIENT_SETUP' && (guide.mailClient === null || guide.steps.length === 0)) {
    fail('client-setup-complete', record, 'a client set-up guide names its mail client and has steps');
  }
  if (guide.paragraphs.length === 0 && guide.steps.length === 0) {
    fail('guide-has-content', record, 'a guide has paragraphs or steps');
  }
}

function checkTroubleshooting(entry: TroubleshootingData): void {
  const record = `troubleshooting entry "${entry.id}"`;
  checkText(entry.title, `the title of ${record}`);
  checkText(entry.symptom, `the symptom of ${record}`);
  if (entry.remedies.length === 0) fail('troubleshooting-has-remedy', record, 'an entry says what to do');
  entry.remedies.forEach((text, i) => checkText(text, `remedy ${i + 1} of ${record}`, STEP_PLACEHOLDERS));
}

/** Throws a `CatalogError` for the first rule `data` breaks; returns quietly when it keeps them all. */
export function checkCatalog(data: CatalogData): void {
  const duplicateProvider = firstDuplicate(data.providers.map((p) => p.id));
  if (duplicateProvider !== undefined)
    fail('provider-id-unique', `provider "${duplicateProvider}"`, 'the id is used twice');
  data.providers.forEach(checkProvider);
  const duplicateDomain = firstDuplicate(data.providers.flatMap((p) => p.domains));
  if (duplicateDomain !== undefined) {
    fail('domain-unique', `domain "${duplicateDomain}"`, 'a domain belongs to one provider only');
  }
  // One MX host must mean one provider: no name may equal or lie under another provider's.
  for (const provider of data.providers) {
    for (const other of data.providers.filter((p) => p !== provider)) {
      const shared = provider.mailExchangerDomains.find((name) =>
        other.mailExchangerDomains.some((theirs) => name === theirs || name.endsWith(`.${theirs}`)),
      );
      if (shared !== undefined) {
        fail(
          'mail-exchanger-domain-unique',
          `mail exchanger domain "${shared}" of provider "${provider.id}"`,
          `it is also a mail exchanger domain of provider "${other.id}", or under one`,
        );
      }
    }
  }
  const defaults = data.providers.filter((p) => p.isDefault);
  if (defaults.length !== 1) {
    fail('one-default-provider', 'the provider list', `exactly one provider has isDefault, not ${defaults.length}`);
  }

  for (const name of PROTOCOLS) {
    const count = data.protocols.filter((p) => p.name === name).length;
    if (count !== 1) fail('protocol-described-once', `protocol ${name}`, `described ${count} times, not once`);
  }
  data.protocols.forEach(checkProtocol);

  const duplicateGuide = firstDuplicate(data.guides.map((g) => g.id));
  if (duplicateGuide !== undefined) fail('guide-id-unique', `guide "${duplicateGuide}"`, 'the id is used twice');
  data.guides.forEach(checkGuide);
  for (const id of Object.values(REASON_GUIDE_IDS)) {
    if (!data.guides.some((guide) => guide.id === id)) {
      fail('reason-guide-present', `guide "${id}"`, 'recommendation reasons link to it, so the catalog must have it');
    }
  }

  const duplicateEntry = firstDuplicate(data.troubleshooting.map((entry) => entry.id));
  if (duplicateEntry !== undefined) {
    fail('troubleshooting-id-unique', `troubleshooting entry "${duplicateEntry}"`, 'the id is used twice');
  }
  data.troubleshooting.forEach(checkTroubleshooting);

  for (const code of REASON_CODES) checkText(data.reasons[code], `reason ${code}`, REASON_PLACEHOLDERS);
  for (const value of SECURITIES) checkText(data.labels.security[value], `the label of security ${value}`);
  for (const value of ADVICES) checkText(data.labels.advice[value], `the label of advice ${value}`);
  for (const name of Object.keys(data.profile) as (keyof ProfileTextData)[]) {
    checkText(data.profile[name], `the profile text ${name}`, PROFILE_PLACEHOLDERS);
  }
}
