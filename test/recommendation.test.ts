/**
 * The recommendation query: which protocol and endpoints suit a situation, and why.
 */
import { describe, expect, it } from 'vitest';
import { data, post } from './helpers/client.js';

interface Endpoint {
  endpointId: string;
  protocol: string;
  port: number;
  security: string;
  encrypted: boolean;
}
interface Reason {
  code: string;
  text: string;
  protocol: string | null;
  protocolInfo: { name: string } | null;
  endpoints: Endpoint[];
  guide: { guideId: string } | null;
}
interface Result {
  recommendation: {
    provider: { providerId: string };
    incomingProtocol: string;
    incomingProtocolInfo: { name: string };
    incoming: Endpoint;
    outgoing: Endpoint;
    reasons: Reason[];
  };
}

const ENDPOINT = 'endpointId protocol port security encrypted';
const QUERY = `query ($situation: Situation!, $ordering: EndpointOrdering! = PROVIDER_ADVICE) {
  recommendation(situation: $situation, ordering: $ordering) {
    provider { providerId }
    incomingProtocol incomingProtocolInfo { name }
    incoming { ${ENDPOINT} }
    outgoing { ${ENDPOINT} }
    reasons { code text protocol protocolInfo { name } endpoints { ${ENDPOINT} } guide { guideId } }
  }
}`;

async function recommend(situation: Record<string, unknown>, ordering = 'PROVIDER_ADVICE') {
  return (await data<Result>(QUERY, { situation, ordering })).recommendation;
}

const codes = (reasons: Reason[]) => reasons.map((reason) => reason.code);

describe('recommendation', () => {
  it('gives IMAP to someone with several devices', async () => {
    const r = await recommend({ deviceCount: 3 });
    expect(r.incomingProtocol).toBe('IMAP');
    expect(r.incoming).toMatchObject({ protocol: 'IMAP', port: 993, security: 'SSL_TLS' });
    expect(r.outgoing).toMatchObject({ protocol: 'SMTP', port: 587, security: 'STARTTLS' });
    expect(codes(r.reasons)).toEqual([
      'SEVERAL_DEVICES',
      'ENDPOINT_PROVIDER_ADVICE',
      'ENDPOINT_PROVIDER_ADVICE',
      'SENDING_NEEDS_SMTP',
      'ENCRYPTED_ONLY',
    ]);
    expect(r.reasons[0]?.text).toContain('3 devices');
  });

  it('gives POP3 to one device that wants offline copies', async () => {
    const r = await recommend({ deviceCount: 1, wantsOfflineCopies: true });
    expect(r.incomingProtocol).toBe('POP3');
    expect(r.incoming).toMatchObject({ protocol: 'POP3', port: 995, security: 'SSL_TLS' });
    expect(codes(r.reasons)[0]).toBe('ONE_DEVICE_OFFLINE_COPIES');
  });

  it('names the incoming protocol as the value the other fields take, with its Protocol object beside it', async () => {
    const r = await recommend({ deviceCount: 1, wantsOfflineCopies: true });
    expect(r.incomingProtocolInfo.name).toBe(r.incomingProtocol);
    for (const reason of r.reasons) expect(reason.protocolInfo?.name ?? null).toBe(reason.protocol);
  });

  it('gives POP3 to one device with limited server storage', async () => {
    const r = await recommend({ deviceCount: 1, limitedServerStorage: true });
    expect(r.incomingProtocol).toBe('POP3');
    expect(codes(r.reasons)[0]).toBe('ONE_DEVICE_LIMITED_STORAGE');
  });

  it('gives IMAP to one device with no wish for offline copies', async () => {
    const r = await recommend({ deviceCount: 1 });
    expect(r.incomingProtocol).toBe('IMAP');
    expect(codes(r.reasons)[0]).toBe('ONE_DEVICE_KEEP_ON_SERVER');
  });

  it('keeps IMAP for several devices even when offline copies are wanted, and says why', async () => {
    const r = await recommend({ deviceCount: 2, wantsOfflineCopies: true, limitedServerStorage: true });
    expect(r.incomingProtocol).toBe('IMAP');
    expect(codes(r.reasons).slice(0, 2)).toEqual(['SEVERAL_DEVICES', 'LOCAL_COPIES_ON_SEVERAL_DEVICES']);
    expect(r.reasons[1]?.text).toContain('POP3');
  });

  it('never recommends an unencrypted endpoint, and lists the ones it left out', async () => {
    for (const deviceCount of [1, 2, 5]) {
      for (const wantsOfflineCopies of [false, true]) {
        const r = await recommend({ deviceCount, wantsOfflineCopies });
        expect(r.incoming.encrypted && r.outgoing.encrypted).toBe(true);
        const leftOut = r.reasons.find((reason) => reason.code === 'ENCRYPTED_ONLY');
        expect(leftOut?.endpoints.map((e) => e.security)).toEqual(['NONE', 'NONE']);
        expect(leftOut?.endpoints.map((e) => e.protocol)).toEqual([r.incomingProtocol, 'SMTP']);
      }
    }
  });

  it('still prefers encryption when unencrypted endpoints are accepted', async () => {
    const r = await recommend({ deviceCount: 1, allowUnencrypted: true });
    expect(r.incoming.encrypted && r.outgoing.encrypted).toBe(true);
    expect(codes(r.reasons)).not.toContain('ENCRYPTED_ONLY');
  });

  it('follows the ordering asked for', async () => {
    const r = await recommend({ deviceCount: 2 }, 'RFC8314');
    expect(r.outgoing).toMatchObject({ port: 465, security: 'SSL_TLS' });
    expect(codes(r.reasons)).toContain('ENDPOINT_IMPLICIT_TLS_FIRST');
    expect(
      r.reasons.find((reason) => reason.code === 'ENDPOINT_IMPLICIT_TLS_FIRST' && reason.protocol === 'SMTP')?.text,
    ).toContain('port 465 with SSL/TLS');
  });

  it('ties every reason to the catalog', async () => {
    const r = await recommend({ deviceCount: 2, wantsOfflineCopies: true });
    for (const reason of r.reasons) {
      expect(reason.protocol !== null || reason.endpoints.length > 0 || reason.guide !== null).toBe(true);
      expect(reason.text).not.toMatch(/[{}]/);
    }
    const endpointReasons = r.reasons.filter((reason) => reason.code === 'ENDPOINT_PROVIDER_ADVICE');
    expect(endpointReasons.map((reason) => reason.endpoints[0]?.endpointId)).toEqual([
      r.incoming.endpointId,
      r.outgoing.endpointId,
    ]);
    expect(r.reasons[0]?.guide?.guideId).toBe('choosing-imap-or-pop3');
    expect(r.reasons.find((reason) => reason.code === 'SENDING_NEEDS_SMTP')?.guide?.guideId).toBe('why-smtp-matters');
  });

  it('answers for the provider asked for', async () => {
    const result = await data<Result>(
      `{ recommendation(situation: { deviceCount: 1 }, providerId: "routing-net") { provider { providerId } } }`,
    );
    expect(result.recommendation.provider.providerId).toBe('routing-net');
  });

  it.each([0, -1])('refuses a device count of %i with a clear error', async (deviceCount) => {
    const { status, body } = await post(QUERY, { situation: { deviceCount } });
    expect(status).toBe(200);
    expect(body.data).toBeNull();
    expect(body.errors?.[0]?.message).toContain(`at least 1; got ${deviceCount}`);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'situation.deviceCount' });
  });
});
