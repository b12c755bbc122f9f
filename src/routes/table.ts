/**
 * The route table: every path the Worker answers, the methods it takes, its body cap and its
 * handler. The guard reads it; a path not listed goes to the static assets (GraphiQL's files,
 * the pages' stylesheet and script).
 */
import type { Route } from '../http/route.js';
import {
  APPLE_PROFILE_PATH,
  ASSISTANT_PATH,
  AUTOCONFIG_PATH,
  AUTOCONFIG_WELL_KNOWN_PATH,
  AUTODISCOVER_PATH,
  AUTODISCOVER_V2_PREFIX,
  DNS_SRV_PATH,
  DNS_ZONE_PATH,
  GRAPHQL_PATH,
  GUIDE_PREFIX,
  GUIDES_PATH,
  MANIFEST_PATH,
  PACC_PATH,
  PROFILE_QR_PATH,
  VERSION_PATH,
} from '../paths.js';
import { AUTODISCOVER_BODY_LIMIT, autodiscover } from './autodiscover.js';
import { autodiscoverV2 } from './autodiscover-v2.js';
import { documentHandler } from './documents.js';
import { graphql } from './graphql.js';
import { guide, guideList } from './guides.js';
import { home } from './home.js';
import { persistedOperations } from './persisted-operations.js';
import { profileQr } from './profile-qr.js';
import { version } from './version.js';

const autoconfig = documentHandler('MOZILLA_AUTOCONFIG');

export const ROUTES: readonly Route[] = [
  { path: { exact: GRAPHQL_PATH }, methods: ['GET', 'POST'], handler: graphql },
  { path: { exact: MANIFEST_PATH }, methods: ['GET'], handler: persistedOperations },
  { path: { exact: AUTOCONFIG_PATH }, methods: ['GET'], handler: autoconfig },
  { path: { exact: AUTOCONFIG_WELL_KNOWN_PATH }, methods: ['GET'], handler: autoconfig },
  // POST: the assistant's download, which carries the address in a form instead of the URL.
  { path: { exact: APPLE_PROFILE_PATH }, methods: ['GET', 'POST'], handler: documentHandler('APPLE_PROFILE') },
  { path: { exact: DNS_SRV_PATH }, methods: ['GET'], handler: documentHandler('DNS_SRV') },
  { path: { exact: PACC_PATH }, methods: ['GET'], handler: documentHandler('PACC') },
  { path: { exact: DNS_ZONE_PATH }, methods: ['GET'], handler: documentHandler('DNS_ZONE') },
  {
    path: { caseInsensitive: AUTODISCOVER_PATH },
    methods: ['GET', 'POST'],
    bodyLimit: AUTODISCOVER_BODY_LIMIT,
    handler: autodiscover,
  },
  { path: { caseInsensitivePrefix: AUTODISCOVER_V2_PREFIX }, methods: ['GET'], handler: autodiscoverV2 },
  { path: { exact: GUIDES_PATH }, methods: ['GET'], handler: guideList },
  { path: { prefix: GUIDE_PREFIX }, methods: ['GET'], handler: guide },
  { path: { exact: PROFILE_QR_PATH }, methods: ['GET'], handler: profileQr },
  { path: { exact: VERSION_PATH }, methods: ['GET'], handler: version },
  // POST: the assistant's forms once they carry an address, which stays out of the URL.
  { path: { exact: ASSISTANT_PATH }, methods: ['GET', 'POST'], handler: home },
];
