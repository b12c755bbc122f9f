/**
 * The floor of the stack the project is built on: Yoga serving a Pothos schema of one field, and
 * nothing of ours. The benchmark measures its cold start and script size beside ours, so the share
 * of those figures that the stack costs before a single type of the product is added shows.
 */
import SchemaBuilder from '@pothos/core';
import { createYoga } from 'graphql-yoga';

const builder = new SchemaBuilder({});
builder.queryType({ fields: (t) => ({ hello: t.string({ resolve: () => 'world' }) }) });

const yoga = createYoga({ schema: builder.toSchema(), landingPage: false, graphiql: false });

export default { fetch: (request) => yoga.fetch(request) } satisfies ExportedHandler;
