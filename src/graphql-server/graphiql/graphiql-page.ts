/**
 * The GraphiQL page, built on the copy of @graphql-yoga/graphiql served from our own static
 * assets, so the page works with no internet access and names no third-party origin. The route
 * answers a browser's GET to /graphql with it, as Yoga's GraphiQL plugin would.
 */
import { GRAPHIQL_ASSET_PATH } from '../../paths.js';
import type { GraphiQLOptions } from 'graphql-yoga';
import { escapeHtml } from '../../site/html.js';
import { EXAMPLES } from './examples.js';

/** What the page opens with: the example operations, one tab each. */
const OPTIONS: GraphiQLOptions = {
  title: 'Mail Settings API',
  defaultTabs: EXAMPLES.map(({ query, variables }) => ({
    query,
    variables: variables === undefined ? undefined : JSON.stringify(variables, null, 2),
  })),
};

/** JSON that can sit inside a <script> element: `<` cannot close it. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** The HTML of the GraphiQL page with `options`. */
export function renderGraphiQLPage(options: GraphiQLOptions): string {
  const title = escapeHtml(options.title ?? 'GraphiQL');
  // Yoga's GraphiQL component puts its own welcome text into the first tab unless it is given a
  // `query`, so the first example tab is passed again as that query.
  const first = options.defaultTabs?.[0];
  const pageOptions = { ...options, query: first?.query, variables: first?.variables };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${GRAPHIQL_ASSET_PATH}/graphiql.css">
<link rel="stylesheet" href="/graphiql/tabs.css">
</head>
<body>
<div id="root">Loading ${title}…</div>
<script type="application/json" id="graphiql-options">${scriptJson(pageOptions)}</script>
<script src="/graphiql/start.js"></script>
<script src="${GRAPHIQL_ASSET_PATH}/yoga-graphiql.umd.js"></script>
</body>
</html>
`;
}

/** The GraphiQL page, as Yoga's GraphiQL plugin answers with it. */
export function graphiqlPage(): Response {
  return new Response(renderGraphiQLPage(OPTIONS), { headers: { 'Content-Type': 'text/html' } });
}
