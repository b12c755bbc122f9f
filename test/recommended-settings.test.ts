/**
 * `recommendedSettings`: the recommendation and the settings it leads to for one address, in one
 * call, agreeing with the two fields a client would otherwise call in turn; a bad address or
 * situation empties this field alone.
 */
import { describe, expect, it } from 'vitest';
import { data, post } from './helpers/client.js';

const ONE_CALL = `query ($email: String!, $situation: Situation!) {
  recommendedSettings(emailAddress: $email, situation: $situation) {
    recommendation { incomingProtocol provider { providerId } incoming { uri } }
    settings { emailAddress providerMatch userName incoming { uri } outgoing { uri } }
  }
}`;

describe('recommendedSettings', () => {
  for (const situation of [{ deviceCount: 1, wantsOfflineCopies: true }, { deviceCount: 3 }]) {
    it(`gives what recommendation and settingsForAddress give in turn, for ${JSON.stringify(situation)}`, async () => {
      const email = 'anna@routing.net';
      const { recommendedSettings } = await data(ONE_CALL, { email, situation });
      const { recommendation } = await data(
        'query ($situation: Situation!) { recommendation(situation: $situation) { incomingProtocol incoming { uri } } }',
        { situation },
      );
      const { settingsForAddress } = await data(
        `query ($email: String!, $protocol: IncomingProtocolName!) {
          settingsForAddress(emailAddress: $email, incomingProtocol: $protocol) {
            emailAddress providerMatch userName incoming { uri } outgoing { uri }
          }
        }`,
        { email, protocol: recommendation.incomingProtocol },
      );
      expect(recommendedSettings.recommendation).toMatchObject(recommendation);
      expect(recommendedSettings.settings).toEqual(settingsForAddress);
      expect(recommendedSettings.settings.incoming.uri).toBe(recommendation.incoming.uri);
    });
  }

  it('says POP3 for one device that wants offline copies, and gives its settings', async () => {
    const { recommendedSettings } = await data(ONE_CALL, {
      email: 'anna@routing.net',
      situation: { deviceCount: 1, wantsOfflineCopies: true },
    });
    expect(recommendedSettings.recommendation.incomingProtocol).toBe('POP3');
    expect(recommendedSettings.settings.incoming.uri).toBe('pop3s://mail.routing.net:995');
  });

  it('is null with an error naming the address for a typo, and the other fields keep their data', async () => {
    const { body } = await post(`{
      schemaVersion
      recommendedSettings(emailAddress: "anna@@routing.net", situation: { deviceCount: 1 }) { settings { userName } }
    }`);
    expect(body.data).toEqual({ schemaVersion: expect.any(String), recommendedSettings: null });
    expect(body.errors).toMatchObject([
      { path: ['recommendedSettings'], extensions: { code: 'BAD_USER_INPUT', argument: 'emailAddress' } },
    ]);
  });

  it('is null with an error naming the situation for no devices', async () => {
    const { body } = await post(
      '{ recommendedSettings(emailAddress: "anna@routing.net", situation: { deviceCount: 0 }) { settings { userName } } }',
    );
    expect(body.data).toEqual({ recommendedSettings: null });
    expect(body.errors).toMatchObject([{ extensions: { code: 'BAD_USER_INPUT', argument: 'situation.deviceCount' } }]);
  });
});
