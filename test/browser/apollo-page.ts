/**
 * The script of the page the Apollo Client browser test opens: Apollo Client on the page's own
 * origin asks the API on another (named by `?api=` in the page's URL), once over POST with client
 * awareness and once over GET with the headers servers with CSRF prevention ask for. Each outcome
 * lands in `window.outcomes` as the data or the error message.
 */
import { ApolloClient, gql, HttpLink, InMemoryCache } from '@apollo/client';

const api = new URLSearchParams(location.search).get('api') ?? '';

const RECOMMENDED = gql`
  query Recommended {
    endpoints(filter: { advice: RECOMMENDED }) {
      endpointId
      port
    }
  }
`;

function client(link: HttpLink): ApolloClient {
  return new ApolloClient({
    link,
    cache: new InMemoryCache(),
    clientAwareness: { name: 'mail-settings-browser-test', version: '1.0.0' },
  });
}

const clients = {
  post: client(new HttpLink({ uri: `${api}/graphql` })),
  get: client(
    new HttpLink({
      uri: `${api}/graphql`,
      useGETForQueries: true,
      headers: { 'apollo-require-preflight': 'true', 'x-apollo-operation-name': 'Recommended' },
    }),
  ),
};

async function outcome(apollo: ApolloClient): Promise<unknown> {
  try {
    return (await apollo.query({ query: RECOMMENDED, fetchPolicy: 'network-only' })).data;
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

(window as unknown as { outcomes: Promise<Record<string, unknown>> }).outcomes = (async () => ({
  post: await outcome(clients.post),
  get: await outcome(clients.get),
}))();
