/**
 * The route table: every path the Worker answers, the methods it takes, its body cap and its
 * handler. The guard reads it; a path not listed goes to the static assets (GraphiQL's files,
 * the pages' stylesheet and script).
 */
import { GUIDE_PREFIX, GUIDES_PATH, PROFILE_QR_PATH } from '../formats/pages/links.js';
import { GRAPHQL_PATH } from '../graphql-server/yoga.js';
import type { Route } from '../http/route.js';
import { AUTODISCOVER_PATH } from '../formats/autodiscover.js';
import { MANIFEST_PATH } from '../trusted-documents/manifest.js';
import { AUTODISCOVER_BODY_LIMIT, autodiscover } from './autodiscover.js';
import { AUTODISCOVER_V2_PREFIX, autodiscoverV2 } from './autodiscover-v2.js';
import { DOCUMENT_ROUTES } from './documents.js';
import { graphql } from './graphql.js';
import { guide, guideList } from './guides.js';
import { home } from './home.js';
import { persistedOperations } from './persisted-operations.js';
import { profileQr } from './profile-qr.js';
import { version } from './version.js';

export const ROUTES: readonly Route[] = [
  { path: { exact: GRAPHQL_PATH }, methods: ['GET', 'POST'], handler: graphql },
  { path: { exact: MANIFEST_PATH }, methods: ['GET'], handler: persistedOperations },
  ...DOCUMENT_ROUTES,
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
  { path: { exact: '/version' }, methods: ['GET'], handler: version },
  { path: { exact: '/' }, methods: ['GET'], handler: home },
];
