/**
 * Example operations: GraphiQL opens with them as tabs, and a test runs each one, so an example
 * that stops working fails the build.
 */

export interface ExampleOperation {
  readonly title: string;
  readonly query: string;
  readonly variables?: Readonly<Record<string, unknown>>;
}

export const EXAMPLES: readonly ExampleOperation[] = [
  {
    title: 'Port table',
    query: `# Every server and port, in the order of the provider's advice.
# Run it with the play button or Ctrl+Enter; docs are on the left.
query PortTable {
  servers {
    hostName
    endpoints {
      protocol
      securityLabel
      port
      adviceLabel
      uri
    }
  }
  protocols {
    name
    fullName
    summary
  }
}
`,
  },
  {
    title: 'Recommendation',
    query: `# Which protocol and ports suit someone, and why.
query Recommend($situation: Situation!) {
  recommendation(situation: $situation) {
    incomingProtocol
    incomingProtocolInfo { fullName summary }
    incoming { hostName port securityLabel }
    outgoing { hostName port securityLabel }
    reasons { code text guide { title } }
  }
}
`,
    variables: { situation: { deviceCount: 1, wantsOfflineCopies: true } },
  },
  {
    title: 'Settings for an address',
    query: `# What to type into a mail program for one address.
query SettingsForAddress($emailAddress: String!) {
  settingsForAddress(emailAddress: $emailAddress) {
    providerMatch
    userName
    incoming { protocol hostName port security }
    outgoing { protocol hostName port security }
  }
  guide(guideId: "setup-thunderbird") {
    title
    steps
  }
}
`,
    variables: { emailAddress: 'anna@routing.net' },
  },
  {
    title: 'Client configuration',
    query: `# The document Thunderbird reads, as text: also served at /mail/config-v1.1.xml.
# Give exactly one format: try appleProfile, outlookAutodiscover or dnsSrv.
query ClientConfiguration($emailAddress: String) {
  clientConfiguration(document: { mozillaAutoconfig: { emailAddress: $emailAddress } }) {
    format
    contentType
    fileName
    body
  }
}
`,
    variables: { emailAddress: 'anna@routing.net' },
  },
  {
    title: 'Auf Deutsch',
    query: `# Every text in German (or send Accept-Language: de and leave out the argument).
query AufDeutsch {
  protocols(locale: DE) { name summary locale }
  recommendation(situation: { deviceCount: 3 }, locale: DE) {
    reasons { text }
  }
}
`,
  },
];
