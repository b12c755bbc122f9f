/**
 * The operations the example runs. Each result and each variable is typed from the schema: a
 * renamed field or a wrong argument fails `tsc`, before the program runs.
 */
import { graphql } from './graphql.js';

/** Which schema the API serves, to compare with the one this client was typed against. */
export const VersionQuery = graphql(`
  query Version {
    schemaVersion
    catalogVersion
  }
`);

/** What to type into a mail program for one address. */
export const SettingsForAddressQuery = graphql(`
  query SettingsForAddress($emailAddress: String!, $incomingProtocol: IncomingProtocolName! = IMAP) {
    settingsForAddress(emailAddress: $emailAddress, incomingProtocol: $incomingProtocol) {
      providerMatch
      userName
      provider {
        providerId
        displayName
      }
      incoming {
        protocol
        hostName
        port
        security
      }
      outgoing {
        protocol
        hostName
        port
        security
      }
    }
  }
`);

/**
 * A configuration document; `document` is a `@oneOf` input, so its variable is typed as exactly
 * one format with that format's options (`outlookAutodiscover` requires `emailAddress`).
 */
export const ClientConfigurationQuery = graphql(`
  query ClientConfiguration($document: ClientConfigurationRequest!) {
    clientConfiguration(document: $document) {
      format
      contentType
      fileName
      body
    }
  }
`);
