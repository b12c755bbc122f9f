/**
 * Example operations: GraphiQL opens with them as tabs, and a test runs each one, so an example
 * that stops working fails the build. Their text is the trusted documents' (`operations/`), so
 * what GraphiQL shows is exactly what partners find in the manifest; the tab titles and the
 * variables GraphiQL fills in are GraphiQL's alone and live here.
 */
import { trustedOperation } from '../../trusted-documents/operations.js';

interface ExampleOperation {
  readonly title: string;
  readonly query: string;
  readonly variables?: Readonly<Record<string, unknown>>;
}

const example = (title: string, operation: string, variables?: Readonly<Record<string, unknown>>) => ({
  title,
  query: trustedOperation(operation).body,
  ...(variables !== undefined && { variables }),
});

export const EXAMPLES: readonly ExampleOperation[] = [
  example('Port table', 'PortTable'),
  example('Recommendation', 'Recommend', { situation: { deviceCount: 1, wantsOfflineCopies: true } }),
  example('Settings for an address', 'SettingsForAddress', { emailAddress: 'anna@routing.net' }),
  example('Recommended settings for an address', 'RecommendedSettings', {
    emailAddress: 'anna@routing.net',
    situation: { deviceCount: 1, wantsOfflineCopies: true },
  }),
  example('Client configuration', 'ClientConfiguration', {
    // GraphiQL's check of the variables wants every non-null input field, defaults or not.
    document: { mozillaAutoconfig: { emailAddress: 'anna@routing.net', incomingProtocol: 'IMAP' } },
  }),
  example('Auf Deutsch', 'AufDeutsch'),
];
